"""What the library indexes of an article, and how it reads what the user types.

An article becomes an Entry (its searchable text and the fields filters use); a query
becomes an FTS5 expression; a result row becomes a Hit. Kept apart from
editor/storage/library.py (the index itself) so that each stays small.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from editor.model import Article, Quotation
from editor.model.article import now_iso, time_of
from editor.text.normalise import match_form, normalise
from editor.text.reader import bank_lookup, reader_text
from editor.text.stemming import query_forms, search_form

# Noncharacters mark a match inside snippets; the library removes them from its indexed
# copy of the text, so the user's own text can never be mistaken for a marker.
MATCH_OPEN = "\ufdd0"
MATCH_CLOSE = "\ufdd1"
# A prefix of one letter matches too many words to be useful while typing.
MIN_PREFIX = 2

# --- what is indexed ---------------------------------------------------------------------

# NUL ends a string inside SQLite's FTS5 machinery; the markers, and the separators of a
# stored body (editor/storage/library_bodies.py), are ours.
_RESERVED = re.compile(f"[\x00\x1e\x1f{MATCH_OPEN}{MATCH_CLOSE}]")
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
    # The language of the headline, and each part of the body with its own language (the
    # body is their texts a blank line apart): each is stemmed in its language.
    headline_language: str = ""
    parts: tuple[tuple[str, str], ...] = ()
    slugline: str = ""
    urgency: int = 0
    # The embargo as a UTC stamp ("2026-12-07T09:00:00+00:00"), "" when none.
    embargo: str = ""
    # The languages of the article's editions (their text is in ``parts``, each part in
    # its own language: a search in Arabic finds the story through its Arabic edition).
    editions: tuple[str, ...] = ()


def _clean(text: str) -> str:
    # The stored copy must be valid UTF-8 for SQLite and free of the match markers; the
    # search form is computed from this cleaned copy, so both keep the same words.
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if _RESERVED.search(text):
        text = _RESERVED.sub(" ", text)
    return text


def entry_for(article: Article) -> Entry:
    """Return what the library indexes of an article: the words a reader sees."""
    language = article.language
    parts = _reader_parts(article, article.quotations)
    for edition in article.editions:
        parts.extend(_edition_parts(article, edition))
    kept = tuple((code, _clean(text)) for code, text in parts if text)
    byline = article.byline
    people = [byline.author, byline.office, byline.place]
    people.extend(q.speaker for q in article.quotations)
    people.extend(article.meta.tags)
    # The desk's words are searched too: the slugline (its hyphens as spaces) and subjects.
    people.append(article.meta.slugline.replace("-", " "))
    people.extend(article.meta.subjects)
    date = byline.date.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", date):
        date = article.meta.modified or article.meta.created
    meta = article.meta
    return Entry(
        headline=_clean(article.headline),
        body="\n\n".join(text for _, text in kept),
        people=_clean("\n".join(part for part in people if part)),
        status=article.meta.status,
        language=article.language,
        author=byline.author,
        office=byline.office,
        date=date[:10],
        modified=article.meta.modified,
        tags=tuple(article.meta.tags),
        headline_language=article.headline_language or language,
        parts=kept,
        slugline=_clean(meta.slugline.strip()),
        urgency=meta.urgency if 1 <= meta.urgency <= 9 else 0,
        embargo=utc_stamp(meta.embargo),
        editions=tuple(edition.language for edition in article.editions),
    )


def _edition_parts(source: Article, edition: Article) -> list[tuple[str, str]]:
    """Return an edition's texts, each with its language: its headline, standfirst and
    sections (its translations of the quotations in place), and the translations not
    placed in them. One story is one result: the edition's words are the story's."""
    from editor.text.editions import edition_view

    view = edition_view(source, edition)
    headline = (view.headline_language or view.language, view.headline)
    return [headline, *_reader_parts(view, edition.quotations)]


def _reader_parts(article: Article, quotations: list[Quotation]) -> list[tuple[str, str]]:
    """Return the texts a reader sees below the headline, each with its language: the
    opening line, standfirst and sections (quotations in place), then those of
    ``quotations`` the sections do not place."""
    language = article.language
    bank = bank_lookup(article)
    placed: set[str] = set()

    def lookup(quotation_id: str) -> Quotation | None:
        placed.add(quotation_id)
        return bank(quotation_id)

    parts = [
        (article.opening.language or language, article.opening.text),
        (article.standfirst_language or language, article.standfirst),
    ]
    parts.extend(
        (section.language or language, reader_text(section.body, lookup))
        for section in article.sections
    )
    parts.extend((q.language or language, q.words) for q in quotations if q.id not in placed)
    return parts


class Forms(NamedTuple):
    """What FTS5 indexes of an entry (its stemmed forms), and the stemmers that made them."""

    headline: str
    body: str
    people: str
    languages: tuple[str, ...]  # the stemmers used


def search_forms(entry: Entry) -> Forms:
    """Return what FTS5 indexes of an entry (see forms_of)."""
    return forms_of(
        entry.headline, entry.headline_language, entry.parts, entry.people, entry.language
    )


def forms_of(
    headline: str,
    headline_language: str,
    parts: tuple[tuple[str, str], ...],
    people: str,
    language: str,
) -> Forms:
    """Return what FTS5 indexes: each part normalised and stemmed in its language.

    The people (names, places, tags) are stemmed in the article's language too: a query
    is stemmed in every language of its script, so a name still finds itself.
    """
    used: set[str] = set()
    headline_form = search_form(headline, headline_language, used)
    body = "\n\n".join(search_form(text, code, used) for code, text in parts)
    people_form = search_form(people, language, used)
    return Forms(headline_form, body, people_form, tuple(sorted(used)))


def utc_stamp(stamp: str) -> str:
    """Return an ISO 8601 date-time as a UTC stamp that sorts as text ("" for none or junk)."""
    from datetime import UTC

    moment = time_of(stamp.strip()) if stamp.strip() else None
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


# --- queries -----------------------------------------------------------------------------

_QUERY_PART = re.compile(r'"([^"]*)("?)|([^\s"]+)')
_WORD = re.compile(r"[^\W_]")
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Query:
    """What the user typed as an FTS5 expression, and the phrases to be found as typed.

    The index holds stems, so the expression finds a phrase's stems in a row; ``phrases``
    (patterns over the match form, editor.text.normalise.match_form) are then looked for in
    the text itself.
    """

    expression: str
    phrases: tuple[re.Pattern[str], ...] = ()


def _quoted(form: str, prefix: bool) -> str:
    quoted = '"' + form.replace('"', '""') + '"'
    return quoted + " *" if prefix else quoted


def _phrase_pattern(content: str, prefix: bool) -> re.Pattern[str] | None:
    words = _TOKEN.findall(match_form(content))
    if not words:
        return None
    tail = "" if prefix else r"(?![^\W_])"
    return re.compile(r"(?<![^\W_])" + r"[\W_]+".join(map(re.escape, words)) + tail)


def parse_query(text: str, prefix_last: bool = False, languages: Collection[str] = ()) -> Query:
    """Turn what the user typed into an FTS5 expression that can never be a syntax error.

    Words are ANDed; each word matches its stem in every language in ``languages`` (the
    languages the library holds) or itself. ``"…"`` is a phrase, matched as typed; a
    trailing ``*`` makes a word a prefix. With prefix_last (search as you type), the word
    being typed is a prefix too. Every part is normalised and quoted, so FTS5 operators and
    punctuation are only ever text. The expression is "" when nothing searchable is left.
    """
    parts = list(_QUERY_PART.finditer(text.replace("\x00", " ")))
    terms: list[str] = []
    phrases: list[re.Pattern[str]] = []
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
        forms = query_forms(folded, languages)
        if phrase is not None:
            pattern = _phrase_pattern(content, prefix)
            if pattern is not None:
                phrases.append(pattern)
        alternatives = [_quoted(form, prefix) for form in forms]
        if len(alternatives) == 1:
            terms.append(alternatives[0])
        else:
            terms.append("(" + " OR ".join(alternatives) + ")")
    # FTS5 takes a bare space for AND between phrases only, not before a parenthesis.
    joiner = " AND " if any(term.startswith("(") for term in terms) else " "
    return Query(joiner.join(terms), tuple(phrases))


def fts_query(text: str, prefix_last: bool = False, languages: Collection[str] = ()) -> str:
    """Return the FTS5 expression of what the user typed (see parse_query)."""
    return parse_query(text, prefix_last, languages).expression


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


class Embargo(StrEnum):
    """An article's embargo as a filter sees it at the moment of the search."""

    ANY = ""
    EMBARGOED = "embargoed"  # an embargo still to come
    LIFTED = "lifted"  # an embargo that has passed
    NONE = "none"  # no embargo


@dataclass(frozen=True)
class Filters:
    """What narrows a search; an empty field (urgency 0) does not filter.

    Dates are YYYY-MM-DD; urgency is one value of IPTC's 1–9. The embargo state is judged
    at ``now`` (an ISO 8601 date-time with its zone), the current time when it is "".
    """

    status: str = ""
    language: str = ""
    author: str = ""
    office: str = ""
    tag: str = ""
    date_from: str = ""
    date_to: str = ""
    slugline: str = ""
    urgency: int = 0
    embargo: str = Embargo.ANY.value
    now: str = ""

    def sql(self) -> tuple[str, list[str | int]]:
        """Return the WHERE conditions on ``articles a`` and their parameters."""
        conditions: list[str] = []
        values: list[str | int] = []
        for column in ("status", "author", "office", "slugline"):
            value = getattr(self, column)
            if value:
                conditions.append(f"a.{column} = ?")
                values.append(value)
        if self.language:
            # "ar" also matches "ar-EG"; "ar-EG" matches only itself. A story matches
            # through an edition in the language too (editions: " ar ru-RU ").
            conditions.append(
                "(a.language = ? OR a.language LIKE ? ESCAPE '\\'"
                " OR a.editions LIKE ? ESCAPE '\\' OR a.editions LIKE ? ESCAPE '\\')"
            )
            escaped = self.language.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            values.extend([self.language, escaped + "-%", f"% {escaped} %", f"% {escaped}-%"])
        if self.tag:
            conditions.append("a.id IN (SELECT article FROM tags WHERE tag = ?)")
            values.append(self.tag)
        if self.date_from:
            conditions.append("a.date >= ?")
            values.append(self.date_from)
        if self.date_to:
            conditions.append("a.date <= ?")
            values.append(self.date_to)
        if self.urgency:
            conditions.append("a.urgency = ?")
            values.append(self.urgency)
        if self.embargo == Embargo.NONE:
            conditions.append("a.embargo = ''")
        elif self.embargo in (Embargo.EMBARGOED, Embargo.LIFTED):
            # Stored as UTC stamps of one shape, so they compare as text.
            now = utc_stamp(self.now) if self.now else now_iso()
            operator = ">" if self.embargo == Embargo.EMBARGOED else "<="
            conditions.append(f"a.embargo <> '' AND a.embargo {operator} ?")
            values.append(now)
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
    # The languages of the story's editions (the hit is the story, in ``language``).
    editions: tuple[str, ...] = ()
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

    def to_json(self) -> dict[str, str | list[str]]:
        """The hit as the CLI prints it (the match marked with square brackets)."""
        shown: dict[str, str | list[str]] = {
            "path": str(self.path),
            "headline": self.headline,
            "snippet": self.marked_snippet(),
            "status": self.status,
            "language": self.language,
            "author": self.author,
        }
        if self.editions:
            # Only for a story with editions: the output of others stays as it was.
            shown["editions"] = list(self.editions)
        return shown
