"""The library: every .newsdesk file in the library folders, indexed for search in SQLite FTS5.

The index lives in the per-user cache folder and is never the source of truth: delete it,
or let it be damaged, and it is rebuilt from the files.

What is indexed is the *search form* of each part of an article: normalised
(editor/text/normalise.py), then stemmed in the part's own language
(editor/text/stemming.py), one word for each word of the original. The original text is
kept too, compressed, each body part with its language (table ``bodies``); the FTS5 table
reads it through the view ``plain`` (which unpacks it with a function this module gives
each connection) as its external content. ``highlight()`` finds the matching words by
their token number and reads the original text through that view, so a search for
``площадь`` shows ``площади`` highlighted, and ``كتب`` shows ``كَتَبَ`` with its harakat.
Keeping the text compressed, and no prefix indexes, keep the index smaller than the
articles themselves (benchmarks/library.py). Searching, snippets and phrases as typed are
in editor/storage/library_search.py.

Because of that split, two FTS5 commands must never be used on this index: ``rebuild``
(it would index the original text, not its search form) and ``integrity-check`` with
content comparison (the index is *meant* to differ from the content).

SQLite writes the index with its own journal, not through ``atomic.write_bytes``: a
database is updated in place, and a damaged cache is simply rebuilt.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import unicodedata
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from editor.storage.atomic import make_folder
from editor.storage.errors import StorageError
from editor.storage.folders import UserFolders
from editor.storage.library_bodies import Bodies, part_languages, split_parts
from editor.storage.library_query import (
    MATCH_CLOSE,
    MATCH_OPEN,
    Embargo,
    Entry,
    Filters,
    Forms,
    Hit,
    Sort,
    entry_for,
    forms_of,
    fts_query,
)
from editor.storage.library_read import (
    Failure,
    Loader,
    covers,
    load_article,
    load_library_folders,
    prepare,
    prepare_all,
    read_library_folders,
    save_library_folders,
    unique_folders,
    walk,
)
from editor.storage.library_search import find, with_snippets
from editor.text.normalise import NORMALISER_VERSION
from editor.text.stemming import stemming_version

INDEX_FILE = "library.sqlite3"
TOKENIZE = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn Mc'"
# Version 2 added prefix indexes for 2 and 3 letters (2.5x less CPU per prefix query);
# version 3 indexes stems, keeps the body compressed and drops the prefix indexes again:
# they doubled the index, which is to stay smaller than the articles themselves.
# Version 4 adds the languages of each story's editions (their text is in its body).
SCHEMA_VERSION = 5
# Column weights for bm25: a word in the headline counts five times one in the body.
RANK = "bm25(5.0, 1.0, 2.0)"
COMMIT_EVERY = 250
PAGE_SIZE = 32768
# SQLite's page cache per connection, in kB: the doclists and bodies a search reads stay
# in memory (its default, 2 MB, holds only 64 pages of 32 kB).
CACHE_KB = 32768

_SURROGATE = re.compile("[\ud800-\udfff]")
_FILTER_TEXTS = [item.name for item in fields(Filters) if item.type in ("str", str)]
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
# What SQLite says when the schema lacks a part (its error code is the generic SQLITE_ERROR).
_MISSING = ("no such table", "no such column")
# The tables the index needs (the FTS5 table's shadow tables come with "search").
_TABLES = {
    "meta",
    "articles",
    "bodies",
    "dictionaries",
    "plain",
    "stemmers",
    "tags",
    "failures",
    "search",
}
# The function the view "plain" unpacks a stored body with (registered on each connection).
_UNPACK = "newsdesk_body"


# --- the index ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ScanProgress:
    """How far a scan is: files read so far out of those that changed."""

    done: int
    total: int
    path: Path | None


@dataclass(frozen=True)
class Facets:
    """The values each filter can take in the current index."""

    statuses: tuple[str, ...]
    languages: tuple[str, ...]
    authors: tuple[str, ...]
    offices: tuple[str, ...]
    tags: tuple[str, ...]
    sluglines: tuple[str, ...] = ()
    urgencies: tuple[int, ...] = ()


_SCHEMA = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    headline TEXT NOT NULL,
    headline_language TEXT NOT NULL,
    people TEXT NOT NULL,
    status TEXT NOT NULL,
    language TEXT NOT NULL,
    author TEXT NOT NULL,
    office TEXT NOT NULL,
    date TEXT NOT NULL,
    modified TEXT NOT NULL,
    tags TEXT NOT NULL,
    slugline TEXT NOT NULL,
    urgency INTEGER NOT NULL,
    embargo TEXT NOT NULL,
    -- " ar ru " (spaces around each): a language filter finds a story by an edition.
    editions TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
-- The body apart, so that filters and sorts read small rows.
CREATE TABLE bodies(
    id INTEGER PRIMARY KEY, languages TEXT NOT NULL, dictionary INTEGER NOT NULL,
    packed BLOB NOT NULL
);
CREATE TABLE dictionaries(id INTEGER PRIMARY KEY, language TEXT NOT NULL, words BLOB NOT NULL);
CREATE VIEW plain(id, headline, body, people) AS
    SELECT a.id, a.headline, {_UNPACK}(b.dictionary, b.packed), a.people
    FROM articles a JOIN bodies b ON b.id = a.id;
-- The languages whose stemmers made the index: a query is stemmed in each of them.
CREATE TABLE stemmers(language TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE tags(tag TEXT NOT NULL, article INTEGER NOT NULL, PRIMARY KEY(tag, article))
    WITHOUT ROWID;
CREATE TABLE failures(
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    message TEXT NOT NULL
);
CREATE VIRTUAL TABLE search USING fts5(
    headline, body, people, content='plain', content_rowid='id', tokenize="{TOKENIZE}"
);
INSERT INTO search(search, rank) VALUES ('rank', '{RANK}');
"""


def _stamp() -> str:
    # Deleting a row from the index needs the exact search form it was indexed with; any
    # change to the normaliser, its Unicode data or the schema means a rebuild.
    return (
        f"schema {SCHEMA_VERSION}; normaliser {NORMALISER_VERSION}; "
        f"stemmers {stemming_version()}; "
        f"unicode {unicodedata.unidata_version}; sqlite {sqlite3.sqlite_version}"
    )


class _StaleIndex(sqlite3.DatabaseError):
    """The index file is not one this version can use (another schema, or not ours)."""


def _is_damage(failure: sqlite3.DatabaseError) -> bool:
    text = str(failure)
    if text.startswith(_MISSING):
        return True  # a table or column gone since the index was opened: rebuilt as damage
    code = getattr(failure, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    return "malformed" in text or "not a database" in text


class Library:
    """The articles in the library folders and their search index (a rebuildable cache)."""

    def __init__(
        self,
        folders: UserFolders,
        roots: Sequence[Path] | None = None,
        *,
        index_path: Path | None = None,
        loader: Loader | None = None,
    ) -> None:
        self.folders = folders
        # Why the remembered list of folders could not be used ("" when it could).
        self.folders_problem = ""
        if roots is not None:
            self._roots = unique_folders(roots)
        else:
            self._roots, self.folders_problem = read_library_folders(folders)
        self.index_path = index_path or folders.cache / INDEX_FILE
        self._load = loader
        self._walk_failures: list[Failure] = []
        self._stemmers: tuple[str, ...] | None = None
        self._bodies = Bodies()
        self._db = self._open()

    # -- the database ---------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except sqlite3.DatabaseError as failure:
            # "Locked" means another process is writing it: never throw that index away.
            if not isinstance(failure, _StaleIndex) and not _is_damage(failure):
                raise StorageError(
                    self.index_path, f"the library index cannot be opened: {failure}"
                ) from None
            # Not a database, damaged, or written by another version: it is only a cache.
            self._delete_index()
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        make_folder(self.index_path.parent, "cache folder")
        db = sqlite3.connect(self.index_path, isolation_level=None, check_same_thread=False)
        db.create_function(_UNPACK, 2, self._bodies.raw)
        try:
            db.execute("PRAGMA busy_timeout = 5000")
            # Only a new, empty file takes it: bodies (a few kB compressed) pack into 32 kB
            # pages with less room left over than into 4 kB ones (a sixth of the bodies).
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            db.execute("PRAGMA auto_vacuum = INCREMENTAL")
            db.execute(f"PRAGMA cache_size = -{CACHE_KB}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
            if "meta" not in tables:
                if tables:
                    raise _StaleIndex("not a library index")
                db.executescript("BEGIN;" + _SCHEMA + "COMMIT;")
                db.execute("INSERT INTO meta VALUES ('stamp', ?)", (_stamp(),))
            elif not tables.issuperset(_TABLES):
                # A table dropped by hand or by a tool: only a cache, so build it again.
                raise _StaleIndex("the index lacks a table")
            else:
                row = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
                if row is None or row[0] != _stamp():
                    raise _StaleIndex("the index was built by another version")
            self._bodies.load(db)
        except BaseException:
            db.close()
            raise
        return db

    def _delete_index(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{self.index_path}{suffix}")
            except FileNotFoundError:
                pass
            except OSError as failure:
                raise StorageError(
                    self.index_path, f"the damaged index cannot be removed: {failure.strerror}"
                ) from None

    def rebuild(self) -> Generator[ScanProgress, None, None]:
        """Throw the index away and index every file again, yielding progress."""
        self._db.close()
        self._delete_index()
        self._stemmers = None
        self._db = self._connect()
        yield from self.scan()

    def _recovering(self, failure: sqlite3.DatabaseError) -> None:
        """Rebuild a damaged index (re-raise anything that is not damage)."""
        if not _is_damage(failure):
            raise StorageError(self.index_path, f"the library index failed: {failure}") from None
        for _ in self.rebuild():
            pass

    def close(self) -> None:
        """Close the index."""
        self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- folders --------------------------------------------------------------------------

    @property
    def roots(self) -> list[Path]:
        """The library folders."""
        return list(self._roots)

    def set_roots(self, roots: Sequence[Path], remember: bool = True) -> None:
        """Change the library folders (remembered in the config folder); then scan."""
        self._roots = unique_folders(roots)
        if remember:
            save_library_folders(self.folders, self._roots)

    def add_root(self, root: Path) -> None:
        """Add a library folder and remember it; then scan."""
        self.set_roots([*self._roots, root])

    def remove_root(self, root: Path) -> None:
        """Stop indexing a folder and remember that; then scan."""
        target = unique_folders([root])[0]
        self.set_roots([r for r in self._roots if r != target])

    def contains(self, path: Path) -> bool:
        """Whether a file is one a scan indexes: a .newsdesk file in a library folder."""
        # As the scan does: nothing inside a hidden folder.
        return covers(self._roots, path)

    # -- indexing -------------------------------------------------------------------------

    def scan(self) -> Generator[ScanProgress, None, None]:
        """Bring the index up to date with the folders (by size and mtime), yielding progress.

        Files added or changed are read and indexed, files gone are dropped; a file that
        cannot be read is listed in errors() and does not stop the rest. Stopping the
        generator early keeps what was indexed so far.
        """
        try:
            yield from self._scan()
        except sqlite3.DatabaseError as failure:
            self._end_transaction(commit=False)
            self._recovering(failure)

    def _scan(self) -> Iterator[ScanProgress]:
        self._walk_failures = []
        self._stemmers = None  # another process may have indexed another language
        found = walk(self._roots, self._walk_failures)
        db = self._db
        known = {
            path: (size, mtime, row_id)
            for row_id, path, size, mtime in db.execute(
                "SELECT id, path, size, mtime_ns FROM articles"
            )
        }
        failed = {
            path: (size, mtime)
            for path, size, mtime in db.execute("SELECT path, size, mtime_ns FROM failures")
        }
        changed = [
            path
            for path, stat in sorted(found.items())
            if known.get(path, (None, None))[:2] != stat and failed.get(path) != stat
        ]
        db.execute("BEGIN")
        try:
            for path, (_, _, row_id) in known.items():
                if path not in found:
                    self._drop(row_id)
            for path in failed:
                if path not in found:
                    db.execute("DELETE FROM failures WHERE path = ?", (path,))
            yield ScanProgress(0, len(changed), None)
            prepared = prepare_all(changed, self._load)
            for done, (path, entry, forms, message) in enumerate(prepared, start=1):
                self._store(path, found[path], entry, forms, message)
                if done % COMMIT_EVERY == 0:
                    db.execute("COMMIT")
                    db.execute("BEGIN")
                yield ScanProgress(done, len(changed), Path(path))
        finally:
            self._end_transaction(commit=True)
        if len(changed) >= COMMIT_EVERY:
            self._compact()

    def _compact(self) -> None:
        """After a big scan: merge the index into one segment and give back the free pages.

        FTS5 merges its segments as it goes and leaves pages free behind it, and a scan's
        pages wait in the write-ahead log: together a fifth more room than the index needs.
        One merged segment is also quicker to search.
        """
        db = self._db
        with contextlib.suppress(sqlite3.OperationalError):  # busy: the next scan does it
            db.execute("INSERT INTO search(search) VALUES ('optimize')")
            # Stepped to the end only by executescript (execute frees a single page).
            db.executescript("PRAGMA incremental_vacuum;")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _end_transaction(self, commit: bool) -> None:
        if self._db.in_transaction:
            # Damage is handled by the caller; the transaction is gone either way.
            with contextlib.suppress(sqlite3.DatabaseError):
                self._db.execute("COMMIT" if commit else "ROLLBACK")
                if not commit:
                    self._bodies.load(self._db)  # a dictionary added may be gone

    def update(self, path: Path) -> bool:
        """Re-index one article (the editor calls this after saving it).

        Returns whether the file is in the library. A file that is gone is dropped from
        the index; one that cannot be read is listed in errors().
        """
        if not self.contains(path):
            return False
        name = str(unique_folders([path])[0])
        # A savepoint, not BEGIN: a scan running in slices may hold a transaction open.
        try:
            self._db.execute("SAVEPOINT library_update")
            try:
                self._update(name)
            except BaseException:
                self._db.execute("ROLLBACK TO library_update")
                self._bodies.load(self._db)  # a dictionary added may be gone
                raise
            finally:
                self._db.execute("RELEASE library_update")
        except sqlite3.DatabaseError as failure:
            self._end_transaction(commit=False)
            self._recovering(failure)
        return True

    def _update(self, name: str) -> None:
        try:
            info = os.stat(name)
        except FileNotFoundError:
            row = self._db.execute("SELECT id FROM articles WHERE path = ?", (name,)).fetchone()
            if row is not None:
                self._drop(row[0])
            self._db.execute("DELETE FROM failures WHERE path = ?", (name,))
            return
        except OSError as error:
            self._fail(name, (0, 0), f"cannot be read: {error.strerror}")
            return
        self._index(name, (info.st_size, info.st_mtime_ns))

    def _index(self, path: str, stat: tuple[int, int]) -> None:
        _, entry, forms, message = prepare(path, self._load or load_article)
        self._store(path, stat, entry, forms, message)

    def _store(
        self,
        path: str,
        stat: tuple[int, int],
        entry: Entry | None,
        forms: Forms | None,
        message: str,
    ) -> None:
        # By path, not by an id read earlier: update() may have re-indexed the file since.
        row = self._db.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()
        if row is not None:
            self._drop(row[0])
        if entry is None or forms is None:
            self._fail(path, stat, message)
            return
        db = self._db
        db.execute("DELETE FROM failures WHERE path = ?", (path,))
        cursor = db.execute(
            "INSERT INTO articles(path, size, mtime_ns, headline, headline_language, people,"
            " status, language, author, office, date, modified, tags, slugline, urgency,"
            " embargo, editions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                path,
                *stat,
                entry.headline,
                entry.headline_language,
                entry.people,
                entry.status,
                entry.language,
                entry.author,
                entry.office,
                entry.date,
                entry.modified,
                "\n".join(entry.tags),
                entry.slugline,
                entry.urgency,
                entry.embargo,
                f" {' '.join(entry.editions)} " if entry.editions else "",
            ),
        )
        new_id = cursor.lastrowid
        db.execute(
            "INSERT INTO bodies(id, languages, dictionary, packed) VALUES (?, ?, ?, ?)",
            (
                new_id,
                part_languages(entry.parts),
                *self._bodies.pack(db, entry.language, entry.parts),
            ),
        )
        db.execute(
            "INSERT INTO search(rowid, headline, body, people) VALUES (?, ?, ?, ?)",
            (new_id, forms.headline, forms.body, forms.people),
        )
        db.executemany(
            "INSERT OR IGNORE INTO tags(tag, article) VALUES (?, ?)",
            [(tag, new_id) for tag in entry.tags],
        )
        known = self._stemmers
        if known is None or not set(forms.languages) <= set(known):
            db.executemany(
                "INSERT OR IGNORE INTO stemmers(language) VALUES (?)",
                [(code,) for code in forms.languages],
            )
            self._stemmers = None

    def _drop(self, row_id: int) -> None:
        db = self._db
        row = db.execute(
            "SELECT a.headline, a.headline_language, b.languages, b.dictionary, b.packed,"
            " a.people, a.language, a.tags"
            " FROM articles a JOIN bodies b ON b.id = a.id WHERE a.id = ?",
            (row_id,),
        ).fetchone()
        if row is not None:
            headline, headline_language, languages, dictionary, packed, people, language, tags = (
                row
            )
            # External content: FTS5 must be told exactly what it indexed to remove it; the
            # stamp in "meta" guarantees the same normaliser and stemmers made it.
            forms = forms_of(
                headline,
                headline_language,
                split_parts(self._bodies.text(dictionary, packed), languages),
                people,
                language,
            )
            db.execute(
                "INSERT INTO search(search, rowid, headline, body, people)"
                " VALUES ('delete', ?, ?, ?, ?)",
                (row_id, forms.headline, forms.body, forms.people),
            )
            db.executemany(
                "DELETE FROM tags WHERE tag = ? AND article = ?",
                [(tag, row_id) for tag in tags.split("\n") if tag],
            )
        db.execute("DELETE FROM bodies WHERE id = ?", (row_id,))
        db.execute("DELETE FROM articles WHERE id = ?", (row_id,))

    def stem_languages(self) -> tuple[str, ...]:
        """The languages whose stemmers made the index (a query is stemmed in each)."""
        if self._stemmers is None:
            self._stemmers = tuple(
                code for (code,) in self._db.execute("SELECT language FROM stemmers ORDER BY 1")
            )
        return self._stemmers

    def _fail(self, path: str, stat: tuple[int, int], message: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO failures(path, size, mtime_ns, message) VALUES (?, ?, ?, ?)",
            (path, *stat, message),
        )

    def errors(self) -> list[Failure]:
        """The files (and folders) that could not be read at the last scan, and why."""
        try:
            rows = self._db.execute("SELECT path, message FROM failures ORDER BY path").fetchall()
        except sqlite3.DatabaseError as failure:
            self._recovering(failure)
            rows = self._db.execute("SELECT path, message FROM failures ORDER BY path").fetchall()
        return [*self._walk_failures, *(Failure(Path(p), m) for p, m in rows)]

    def __len__(self) -> int:
        count: int = self._db.execute("SELECT count(*) FROM articles").fetchone()[0]
        return count

    # -- searching ------------------------------------------------------------------------

    def search(
        self,
        query: str = "",
        filters: Filters | None = None,
        sort: Sort = Sort.RELEVANCE,
        limit: int = 100,
        *,
        offset: int = 0,
        prefix_last: bool = False,
        snippets: bool = True,
    ) -> list[Hit]:
        """Return the articles matching a query and filters, best first, with snippets.

        An empty query lists every article that passes the filters (newest first under
        relevance). offset skips that many hits (the next page). Without snippets, hits
        come unmarked and with_snippets() marks those about to be shown. See fts_query() for
        what a query may hold.
        """
        page = (max(0, limit), max(0, offset))
        # Text with lone surrogates (a command-line argument of undecodable bytes) cannot
        # go to SQLite; the index holds U+FFFD where articles had them, so that is searched.
        query = _SURROGATE.sub("\ufffd", query)
        if filters is not None:
            cleaned: dict[str, Any] = {
                name: _SURROGATE.sub("\ufffd", getattr(filters, name)) for name in _FILTER_TEXTS
            }
            filters = replace(filters, **cleaned)

        def run() -> list[Hit]:
            languages = self.stem_languages()
            chosen = filters or Filters()
            return find(self._db, self._bodies, languages, query, chosen, sort, page, prefix_last)

        try:
            hits = run()
        except sqlite3.DatabaseError as failure:
            self._recovering(failure)
            hits = run()
        return self.with_snippets(hits) if snippets else hits

    def with_snippets(self, hits: Sequence[Hit]) -> list[Hit]:
        """Return the hits with their matches marked in the headline and a snippet."""
        try:
            return with_snippets(self._db, self._bodies, hits)
        except sqlite3.DatabaseError as failure:
            if not _is_damage(failure):
                raise StorageError(
                    self.index_path, f"the library index failed: {failure}"
                ) from None
            return list(hits)  # shown without snippets; the next search rebuilds the index

    def facets(self) -> Facets:
        """Return the values each filter can take, for the filter menus."""

        def distinct(sql: str) -> tuple[str, ...]:
            return tuple(value for (value,) in self._db.execute(sql) if value)

        try:
            return Facets(
                statuses=distinct("SELECT DISTINCT status FROM articles ORDER BY 1"),
                languages=distinct("SELECT DISTINCT language FROM articles ORDER BY 1"),
                authors=distinct("SELECT DISTINCT author FROM articles ORDER BY 1"),
                offices=distinct("SELECT DISTINCT office FROM articles ORDER BY 1"),
                tags=distinct("SELECT DISTINCT tag FROM tags ORDER BY 1"),
                sluglines=distinct("SELECT DISTINCT slugline FROM articles ORDER BY 1"),
                urgencies=tuple(
                    value
                    for (value,) in self._db.execute(
                        "SELECT DISTINCT urgency FROM articles WHERE urgency > 0 ORDER BY 1"
                    )
                ),
            )
        except sqlite3.DatabaseError as failure:
            self._recovering(failure)
            return self.facets()


__all__ = [
    "MATCH_CLOSE",
    "MATCH_OPEN",
    "Embargo",
    "Entry",
    "Facets",
    "Failure",
    "Filters",
    "Hit",
    "Library",
    "ScanProgress",
    "Sort",
    "entry_for",
    "fts_query",
    "load_library_folders",
    "save_library_folders",
]
