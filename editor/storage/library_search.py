"""Searching the library's index: a query into ranked hits, and their snippets.

Kept apart from editor/storage/library.py (the index, its files and its upkeep), which
calls these with its connection and its bodies (editor/storage/library_bodies.py).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from editor.storage.library_bodies import TRUNCATED, Bodies
from editor.storage.library_query import (
    MATCH_CLOSE,
    MATCH_OPEN,
    ORDER_SQL,
    Filters,
    Hit,
    Query,
    Sort,
    marked_parts,
    opening_words,
    parse_query,
    snippet_window,
)
from editor.text.normalise import match_form

# A snippet is marked in the first SNIPPET_BYTES of a body when its first match lies at
# least SNIPPET_SLACK characters before that end (room for the words after it).
SNIPPET_BYTES = 3000
SNIPPET_SLACK = 400
_TRUNCATED = TRUNCATED.decode("ascii")


def find(
    db: sqlite3.Connection,
    bodies: Bodies,
    languages: Collection[str],
    query: str,
    filters: Filters,
    sort: Sort,
    page: tuple[int, int],
    prefix_last: bool,
) -> list[Hit]:
    """Return a page of the articles matching a query and filters (see Library.search).

    ``languages`` are the stemmer languages the index holds; hits of a phrase query come
    with their snippets, others without.
    """
    parsed = parse_query(query, prefix_last, languages)
    expression = parsed.expression
    where, values = filters.sql()
    columns = "a.id, a.path, a.status, a.language, a.author, a.office, a.date, a.tags, a.editions"
    if not expression:
        if query.strip():
            return []  # only punctuation: nothing can match
        order = ORDER_SQL.get(sort, ORDER_SQL[Sort.NEWEST])
        rows = db.execute(
            f"SELECT a.headline, {columns} FROM articles a"
            f" {'WHERE ' + where if where else ''} ORDER BY {order} LIMIT ? OFFSET ?",
            (*values, *page),
        ).fetchall()
        # The bodies of the page only: unpacking every body to sort would cost seconds.
        openings = _openings(db, bodies, [row[1] for row in rows])
        listed = [(headline, openings.get(row, ""), row, *rest) for headline, row, *rest in rows]
    else:
        # Only the page is highlighted, in a second query: in any order but relevance,
        # SQLite would compute every column of every matching row before sorting.
        order = "search.rank" if sort == Sort.RELEVANCE else ORDER_SQL[sort]
        limit, offset = page
        if parsed.phrases:
            page = (-1, 0)  # phrases are checked against the text: read on until enough
        cursor = db.execute(
            f"SELECT a.headline, NULL, {columns}"
            " FROM search JOIN articles a ON a.id = search.rowid"
            f" WHERE search MATCH ? {'AND ' + where if where else ''}"
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            (expression, *values, *page),
        )
        if parsed.phrases:
            return [
                _marked_hit(_hit(found[:-1], expression), found[-1])
                for found in _as_typed(db, bodies, cursor, parsed, limit, offset)
            ]
        listed = cursor.fetchall()
    return [_hit(found, expression) for found in listed]


def _openings(db: sqlite3.Connection, bodies: Bodies, rows: Sequence[int]) -> dict[int, str]:
    """The first words of each row's body."""
    if not rows:
        return {}
    found = db.execute(
        f"SELECT id, dictionary, packed FROM bodies WHERE id IN ({','.join('?' * len(rows))})",
        rows,
    )
    return {
        row: opening_words(bodies.text(dictionary, packed)) for row, dictionary, packed in found
    }


def _as_typed(
    db: sqlite3.Connection,
    bodies: Bodies,
    cursor: sqlite3.Cursor,
    parsed: Query,
    limit: int,
    offset: int,
) -> list[tuple[Any, ...]]:
    """The rows (in the cursor's order) that hold every phrase as it was typed.

    The index holds stems, so "runs fast" in quotes also finds "running fast". The
    words FTS5 marks in each row are the places its phrases matched: the phrase as
    typed must be among them. The marked text is kept for the snippet.
    """
    kept: list[tuple[Any, ...]] = []
    skipped = 0
    while len(kept) < limit:
        chunk = cursor.fetchmany(max(8, limit - len(kept)))
        if not chunk:
            break
        marked = highlights(
            db, bodies, parsed.expression, [found[2] for found in chunk], phrases=True
        )
        for found in chunk:
            texts = marked.get(found[2])
            if texts is None or not _holds(texts, parsed):
                continue
            if skipped < offset:
                skipped += 1
            elif len(kept) < limit:
                kept.append((*found, texts))
    return kept


def highlights(
    db: sqlite3.Connection,
    bodies: Bodies,
    expression: str,
    rows: Sequence[int],
    phrases: bool = False,
) -> dict[int, tuple[str, ...]]:
    """Each row's headline, body and people with the words that match marked.

    FTS5 reads the whole body to mark it, and that is most of a search's time: it is
    first given the start of each body only, and the whole of those where the start
    holds no match far enough from its end. With ``phrases`` (whose rows must show each
    phrase as typed: see _as_typed), bodies are marked whole at once: a phrase of common
    words seldom lies in the start (a tenth less time for the slowest phrases).
    """
    bodies.first_bytes = 0 if phrases else SNIPPET_BYTES
    try:
        marked = _highlight(db, expression, rows)
    finally:
        bodies.first_bytes = 0
    again = []
    for row, texts in marked.items():
        body = texts[1]
        if not body.endswith(_TRUNCATED):
            continue
        first = body.find(MATCH_OPEN)
        if first < 0 or first > len(body) - SNIPPET_SLACK:
            again.append(row)
        else:
            marked[row] = (texts[0], body[: -len(_TRUNCATED)], *texts[2:])
    if again:
        marked.update(_highlight(db, expression, again))
    return marked


def _highlight(
    db: sqlite3.Connection, expression: str, rows: Sequence[int]
) -> dict[int, tuple[str, ...]]:
    marks = f"'{MATCH_OPEN}', '{MATCH_CLOSE}'"
    columns = (
        f"search.rowid, highlight(search, 0, {marks}), highlight(search, 1, {marks}),"
        f" highlight(search, 2, {marks})"
    )
    if not expression.endswith("*") and " * " not in expression and " *)" not in expression:
        # Row by row: FTS5 finds each row in each word's list by its index, where a pass
        # over the rows' range walks the lists of common words through thousands of
        # other rows (a third of the time of a phrase of two common words).
        statement = f"SELECT {columns} FROM search WHERE search MATCH ? AND search.rowid = ?"
        return {
            row: tuple(texts)
            for wanted in rows
            for row, *texts in db.execute(statement, (expression, wanted))
        }
    # A prefix query merges the lists of every word it matches, which costs the same for
    # one row as for a range: one pass over the rows' range, the rows wanted picked out
    # by a test FTS5 cannot see (+rowid, else FTS5 would run the query once per row).
    return {
        row: tuple(texts)
        for row, *texts in db.execute(
            f"SELECT {columns} FROM search"
            " WHERE search MATCH ? AND search.rowid BETWEEN ? AND ?"
            f" AND +search.rowid IN ({','.join('?' * len(rows))})",
            (expression, min(rows), max(rows), *rows),
        )
    }


def with_snippets(db: sqlite3.Connection, bodies: Bodies, hits: Sequence[Hit]) -> list[Hit]:
    """Return the hits with their matches marked in the headline and a snippet."""
    wanted: dict[str, list[int]] = {}
    for hit in hits:
        if hit.snippet_parts is None:
            wanted.setdefault(hit.expression, []).append(hit.row)
    marked: dict[tuple[str, int], tuple[str, ...]] = {}
    for expression, rows in wanted.items():
        for row, texts in highlights(db, bodies, expression, rows).items():
            marked[expression, row] = texts
    return [
        hit
        if hit.snippet_parts is not None
        else _marked_hit(hit, marked.get((hit.expression, hit.row), (hit.headline, "")))
        for hit in hits
    ]


def _hit(found: Sequence[Any], expression: str) -> Hit:
    """A hit from a result row (headline, opening or None, id, path, status, …, tags)."""
    headline, body, row, path, status, language, author, office, date, tags, editions = found
    return Hit(
        path=Path(path),
        headline_parts=((headline, False),),
        snippet_parts=None if body is None else marked_parts(opening_words(body)),
        status=status,
        language=language,
        author=author,
        office=office,
        date=date,
        tags=tuple(tag for tag in tags.split("\n") if tag),
        editions=tuple(editions.split()),
        row=row,
        expression=expression,
    )


def _marked_hit(hit: Hit, texts: Sequence[str]) -> Hit:
    """The hit with its headline and a snippet of its body marked where the query matched."""
    return replace(
        hit,
        headline_parts=marked_parts(texts[0]),
        snippet_parts=marked_parts(snippet_window(texts[1])),
    )


_MARKED = re.compile(f"{MATCH_OPEN}([^{MATCH_CLOSE}]*){MATCH_CLOSE}")


def _holds(texts: Sequence[str], parsed: Query) -> bool:
    """Whether the words FTS5 marked in a row hold each phrase of the query as typed."""
    # A phrase as typed lies inside one marked stretch, matched against its own words.
    spans = [match_form(span) for text in texts for span in _MARKED.findall(text)]
    return all(any(pattern.search(span) for span in spans) for pattern in parsed.phrases)
