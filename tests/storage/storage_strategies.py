"""Hypothesis strategies for articles with any text in every field, and a few builders."""

from __future__ import annotations

import io
import json
import warnings
import zipfile

from hypothesis import strategies as st

from editor.model import (
    Article,
    Byline,
    Comment,
    Correction,
    CorrectionKind,
    Direction,
    Meta,
    Opening,
    Quotation,
    Reply,
    Revision,
    Section,
    SourceLink,
    StatusChange,
    Suggestion,
    SuggestionKind,
)
from editor.storage.container import MIMETYPE, asset_name_allowed

# Characters that break naive code: bidi controls and isolates, joiners, control
# characters (NUL, CR, DEL, C1), a BOM, combining marks, Arabic and Cyrillic letters, emoji
# with a skin tone, and lone surrogates (which are not Unicode text at all).
SPECIALS = (
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    "\u200b\u200c\u200d\ufeff\x00\x01\x1b\r\n\t\x7f\x85\x9f\u2028\u2029"
    "\u0301\u0651\u064e\u0670ا\u0644ب\u0641Жжё\U0001f600\U0001f44d\U0001f3fd"
    "\ud800\udbff\udc00\udfff"
)

characters = st.one_of(
    st.characters(exclude_categories=()),  # every code point, surrogates included
    st.sampled_from(SPECIALS),
)
short_text = st.text(characters, max_size=30)


@st.composite
def long_text(draw: st.DrawFn) -> str:
    """A paragraph of 100,000 characters or more, built from a drawn piece."""
    piece = draw(st.text(characters, min_size=1, max_size=20))
    return (piece * (100_000 // len(piece) + 1))[: 100_000 + draw(st.integers(0, 50))]


any_text = st.one_of(short_text, short_text, short_text, long_text())
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False)
    | short_text,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(short_text, children, max_size=3)
    ),
    max_leaves=6,
)
# Unknown keys from a newer program; "x-" keeps them apart from the keys this one knows.
extras = st.dictionaries(short_text.map(lambda key: "x-" + key), json_values, max_size=2)

directions = st.sampled_from(Direction)
# What an imported draft's front matter can hold: strings and lists of strings.
front_matters = st.dictionaries(
    short_text, short_text | st.lists(short_text, max_size=2), max_size=3
)
openings = st.builds(
    Opening, text=short_text, language=short_text, direction=directions, extra=extras
)
sections = st.builds(
    Section,
    kind=st.sampled_from(["news", "comment", "custom"]) | short_text,
    label=short_text,
    body=any_text,
    language=short_text,
    direction=directions,
    genre=short_text,
    paragraphs=st.lists(short_text, max_size=3),
    extra=extras,
)
quotations = st.builds(
    Quotation,
    id=short_text,
    words=any_text,
    speaker=short_text,
    role=short_text,
    occasion=short_text,
    date=short_text,
    source_name=short_text,
    source_url=short_text,
    language=short_text,
    translated=st.booleans(),
    verified=st.booleans(),
    note=short_text,
    attribution=short_text,
    extra=extras,
)
bylines = st.builds(
    Byline, author=short_text, office=short_text, date=short_text, place=short_text, extra=extras
)
metas = st.builds(
    Meta,
    tags=st.lists(short_text, max_size=3),
    status=st.sampled_from(["draft", "in_review", "published"]) | short_text,
    created=short_text,
    modified=short_text,
    target_words=st.integers(0, 2**40),
    slugline=short_text,
    urgency=st.integers(0, 9),
    embargo=short_text,
    editor_note=any_text,
    subjects=st.lists(short_text, max_size=3),
    sign_off=short_text,
    copyright_holder=short_text,
    usage_terms=short_text,
    extra=extras,
)
corrections = st.builds(
    Correction,
    date=short_text,
    kind=st.sampled_from(list(CorrectionKind)),
    text=any_text,
    extra=extras,
)
replies = st.builds(Reply, author=short_text, text=short_text, created=short_text, extra=extras)
comments = st.builds(
    Comment,
    id=short_text,
    part=short_text,
    start=st.integers(-(2**40), 2**40),
    end=st.integers(0, 2**40),
    quote=short_text,
    text=any_text,
    author=short_text,
    initials=short_text,
    created=short_text,
    resolved=st.booleans(),
    replies=st.lists(replies, max_size=2),
    extra=extras,
)
suggestions = st.builds(
    Suggestion,
    id=short_text,
    part=short_text,
    start=st.integers(-(2**40), 2**40),
    end=st.integers(0, 2**40),
    old=any_text,
    new=any_text,
    kind=st.sampled_from(list(SuggestionKind)),
    format=short_text,
    author=short_text,
    initials=short_text,
    created=short_text,
    source=short_text,
    extra=extras,
)
status_changes = st.builds(
    StatusChange,
    status=short_text,
    author=short_text,
    at=short_text,
    note=short_text,
    extra=extras,
)
asset_names = st.text(characters, min_size=1, max_size=20).filter(asset_name_allowed)
source_links = st.builds(
    SourceLink,
    part=short_text,
    paragraph=short_text,
    sources=st.lists(short_text, max_size=2),
    confirmed=st.lists(any_text, max_size=2),
    confirmed_by=short_text,
    confirmed_at=short_text,
    extra=extras,
)
# An edition's language names its folder in the container: a BCP 47-like tag.
edition_languages = st.from_regex(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,2}", fullmatch=True)


def _article(with_history: bool, edition: bool = False) -> st.SearchStrategy[Article]:
    fields = {
        "id": short_text,
        "language": short_text,
        "opening": openings,
        "headline": any_text,
        "headline_language": short_text,
        "headline_direction": directions,
        "standfirst": short_text,
        "standfirst_language": short_text,
        "standfirst_direction": directions,
        "sections": st.lists(sections, max_size=3),
        "quotations": st.lists(quotations, max_size=3),
        "byline": bylines,
        "meta": metas,
        "corrections": st.lists(corrections, max_size=2),
        "comments": st.lists(comments, max_size=2),
        "suggestions": st.lists(suggestions, max_size=2),
        "status_history": st.lists(status_changes, max_size=2),
        "front_matter": front_matters,
        "extra": extras,
        "review_extra": extras,
    }
    if edition:
        fields["language"] = edition_languages
        fields["source_links"] = st.lists(source_links, max_size=3)
        revisions = st.builds(
            Revision,
            number=st.integers(-(2**40), 2**40),
            author=short_text,
            created=short_text,
            note=short_text,
            snapshot=st.none() | _article(False),
            extra=extras,
        )
        fields["revisions"] = st.lists(revisions, max_size=2)
    if with_history and not edition:
        # Images are the story's, shared by its editions; an edition has no editions.
        fields["assets"] = st.dictionaries(asset_names, st.binary(max_size=64), max_size=2)
        fields["editions"] = st.lists(
            _article(True, edition=True), max_size=2, unique_by=lambda a: a.language.lower()
        )
    return st.builds(Article, **fields)


# A revision keeps a snapshot of the text and review data, not images or older revisions.
snapshots = _article(False)
articles = _article(True)


def make_zip(entries: list[tuple[str, bytes]], stored: bool = False) -> bytes:
    """Return a ZIP holding these entries in this order."""
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", method) as archive:
        warnings.simplefilter("ignore")  # duplicate names are made on purpose
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def minimal_article_json(**changes: object) -> bytes:
    """Return the smallest article.json another program could write, with changes."""
    data: dict[str, object] = {"format_version": 1, "id": "a1", "headline": "Port reopens"}
    data.update(changes)
    return json.dumps(data).encode()


def container_with(article_json: bytes, *more: tuple[str, bytes]) -> bytes:
    """Return a container with the right mimetype, this article.json and more entries."""
    return make_zip([("mimetype", MIMETYPE.encode()), ("article.json", article_json), *more])
