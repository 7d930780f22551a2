"""What the library indexes of an article, and how it reads what the user types.

An article becomes an Entry (its searchable text and the fields filters use); a query
becomes an FTS5 expression; a result row becomes a Hit. Kept apart from
editor/storage/library.py (the index itself) so that each stays small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from editor.model import Article, Quotation
from editor.text.normalise import normalise
from editor.text.reader import bank_lookup, reader_text

# Noncharacters mark a match inside snippets; the library removes them from its indexed
# copy of the text, so the user's own text can never be mistaken for a marker.
MATCH_OPEN = "\ufdd0"
MATCH_CLOSE = "\ufdd1"
# A prefix of one letter matches too many words to be useful while typing.
MIN_PREFIX = 2

# --- what is indexed ---------------------------------------------------------------------

# NUL ends a string inside SQLite's FTS5 machinery; the markers are ours.
_RESERVED = re.compile(f"[\x00{MATCH_OPEN}{MATCH_CLOSE}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Entry:
    """One article as the index keeps it: its searchable text and the fields filters use."""

    headline: str
    body: str
    people: str
    status: str
    language: str
    author: str
    office: str
    date: str
    modified: str
    tags: tuple[str, ...]


def _clean(text: str) -> str:
    # The stored copy must be valid UTF-8 for SQLite and free of the match markers; the
    # search form is computed from this cleaned copy, so both keep the same words.
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if "\x00" in text or MATCH_OPEN in text or MATCH_CLOSE in text:
        text = _RESERVED.sub(" ", text)
    return text


def entry_for(article: Article) -> Entry:
    """Return what the library indexes of an article: the words a reader sees."""
    bank = bank_lookup(article)
    placed: set[str] = set()

    def lookup(quotation_id: str) -> Quotation | None:
        placed.add(quotation_id)
        return bank(quotation_id)

    parts = [article.opening.text, article.standfirst]
    parts.extend(reader_text(section.body, lookup) for section in article.sections)
    parts.extend(q.words for q in article.quotations if q.id not in placed)
    byline = article.byline
    people = [byline.author, byline.office, byline.place]
    people.extend(q.speaker for q in article.quotations)
    people.extend(article.meta.tags)
    date = byline.date.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", date):
        date = article.meta.modified or article.meta.created
    return Entry(
        headline=_clean(article.headline),
        body=_clean("\n\n".join(part for part in parts if part)),
        people=_clean("\n".join(part for part in people if part)),
        status=article.meta.status,
        language=article.language,
        author=byline.author,
        office=byline.office,
        date=date[:10],
        modified=article.meta.modified,
        tags=tuple(article.meta.tags),
    )


# --- queries -----------------------------------------------------------------------------

_QUERY_PART = re.compile(r'"([^"]*)("?)|([^\s"]+)')
_WORD = re.compile(r"[^\W_]")


def fts_query(text: str, prefix_last: bool = False) -> str:
    """Turn what the user typed into an FTS5 expression that can never be a syntax error.

    Words are ANDed; ``"…"`` is a phrase; a trailing ``*`` makes a word a prefix. With
    prefix_last (search as you type), the word being typed is a prefix too. Every part is
    normalised and quoted, so FTS5 operators and punctuation are only ever text. Returns
    "" when nothing searchable is left.
    """
    parts = list(_QUERY_PART.finditer(text.replace("\x00", " ")))
    terms: list[str] = []
    for index, part in enumerate(parts):
        phrase, closing, word = part.group(1), part.group(2), part.group(3)
        # No space after the last part: the user is still typing that word.
        typing = prefix_last and index == len(parts) - 1 and part.end() == len(text)
        explicit = word is not None and word.endswith("*")
        content = word.rstrip("*") if word is not None else phrase
        prefix = explicit or (typing and not closing)
        folded = normalise(content)
        if not _WORD.search(folded):
            continue
        if prefix and not explicit and len(folded.split()[-1]) < MIN_PREFIX:
            prefix = False
        quoted = '"' + folded.replace('"', '""') + '"'
        terms.append(quoted + " *" if prefix else quoted)
    return " ".join(terms)


class Sort(StrEnum):
    """How results are ordered."""

    RELEVANCE = "relevance"
    NEWEST = "newest"
    OLDEST = "oldest"
    HEADLINE = "headline"
    AUTHOR = "author"


ORDER_SQL = {
    Sort.NEWEST: "a.date DESC, a.modified DESC, a.id",
    Sort.OLDEST: "a.date ASC, a.modified ASC, a.id",
    Sort.HEADLINE: "a.headline COLLATE NOCASE, a.id",
    Sort.AUTHOR: "a.author COLLATE NOCASE, a.date DESC, a.id",
}


@dataclass(frozen=True)
class Filters:
    """What narrows a search; an empty field does not filter. Dates are YYYY-MM-DD."""

    status: str = ""
    language: str = ""
    author: str = ""
    office: str = ""
    tag: str = ""
    date_from: str = ""
    date_to: str = ""

    def sql(self) -> tuple[str, list[str]]:
        """Return the WHERE conditions on ``articles a`` and their parameters."""
        conditions: list[str] = []
        values: list[str] = []
        for column in ("status", "author", "office"):
            value = getattr(self, column)
            if value:
                conditions.append(f"a.{column} = ?")
                values.append(value)
        if self.language:
            # "ar" also matches "ar-EG"; "ar-EG" matches only itself.
            conditions.append("(a.language = ? OR a.language LIKE ? ESCAPE '\\')")
            escaped = self.language.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            values.extend([self.language, escaped + "-%"])
        if self.tag:
            conditions.append("a.id IN (SELECT article FROM tags WHERE tag = ?)")
            values.append(self.tag)
        if self.date_from:
            conditions.append("a.date >= ?")
            values.append(self.date_from)
        if self.date_to:
            conditions.append("a.date <= ?")
            values.append(self.date_to)
        return " AND ".join(conditions), values


_SPACES = re.compile(r"\s+")
SNIPPET_WORDS = 16
SNIPPET_BEFORE = 4  # words shown before the first match
SNIPPET_CHARS = 240
ELLIPSIS = "…"


def opening_words(text: str) -> str:
    """The first words of a text, as the snippet of an article listed without a match."""
    words = text.split(maxsplit=SNIPPET_WORDS)
    return " ".join(words[:SNIPPET_WORDS]) + (ELLIPSIS if len(words) > SNIPPET_WORDS else "")


def snippet_window(marked: str) -> str:
    """Cut a few words around the first match out of a whole marked text.

    FTS5's own snippet() tokenizes the text twice to pick the best window; cutting around
    the first match from highlight() costs one tokenization, which halves the time for
    Arabic and Cyrillic text (benchmarks/library.py).
    """
    first = marked.find(MATCH_OPEN)
    if first < 0:
        return opening_words(marked)
    start = first
    while start > max(0, first - 40) and not marked[start - 1].isspace():
        start -= 1  # the match may be glued to punctuation: keep its whole word
    before = marked[:start].split()
    head = before[-SNIPPET_BEFORE:]
    after = marked[start:].split(maxsplit=SNIPPET_WORDS)
    tail = after[: SNIPPET_WORDS - len(head)]
    text = " ".join([*head, *tail])
    opened = len(before) > len(head)
    ended = len(after) > len(tail)
    if len(text) > SNIPPET_CHARS:
        # Scripts written without spaces make "words" of whole sentences: cut by length.
        begin = max(0, text.find(MATCH_OPEN) - SNIPPET_CHARS // 4)
        opened = opened or begin > 0
        ended = ended or begin + SNIPPET_CHARS < len(text)
        text = text[begin : begin + SNIPPET_CHARS]
    if text.count(MATCH_OPEN) > text.count(MATCH_CLOSE):
        text += MATCH_CLOSE  # a phrase cut by the window stays marked up to the cut
    return (ELLIPSIS if opened else "") + text + (ELLIPSIS if ended else "")


def marked_parts(marked: str) -> tuple[tuple[str, bool], ...]:
    """Split text with match markers into (text, is_match) parts, on one line."""
    parts: list[tuple[str, bool]] = []
    # A snippet is shown on one line: paragraph breaks become spaces.
    marked = _SPACES.sub(" ", marked)
    for index, piece in enumerate(marked.split(MATCH_OPEN)):
        if index == 0:
            if piece:
                parts.append((piece, False))
            continue
        match, _, rest = piece.partition(MATCH_CLOSE)
        if match:
            parts.append((match, True))
        if rest:
            parts.append((rest, False))
    return tuple(parts)


@dataclass(frozen=True)
class Hit:
    """One article found: where it is, what it says, and where the query matched."""

    path: Path
    headline_parts: tuple[tuple[str, bool], ...]
    # None until fetched: Library.search(snippets=False) leaves it to with_snippets().
    snippet_parts: tuple[tuple[str, bool], ...] | None
    status: str
    language: str
    author: str
    office: str
    date: str
    tags: tuple[str, ...]
    row: int = field(default=0, compare=False, repr=False)
    expression: str = field(default="", compare=False, repr=False)

    @property
    def headline(self) -> str:
        """The headline as plain text."""
        return "".join(text for text, _ in self.headline_parts)

    @property
    def snippet(self) -> str:
        """The snippet as plain text."""
        return "".join(text for text, _ in self.snippet_parts or ())

    def marked_snippet(self, open_mark: str = "[", close_mark: str = "]") -> str:
        """The snippet with each matching word between two marks."""
        return "".join(
            f"{open_mark}{text}{close_mark}" if match else text
            for text, match in self.snippet_parts or ()
        )

    def to_json(self) -> dict[str, str]:
        """The hit as the CLI prints it (the match marked with square brackets)."""
        return {
            "path": str(self.path),
            "headline": self.headline,
            "snippet": self.marked_snippet(),
            "status": self.status,
            "language": self.language,
            "author": self.author,
        }
