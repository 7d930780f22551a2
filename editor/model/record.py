"""The article's own record inside an export, so that the export imports back to it.

A DOCX written by Newsdesk carries this record (a custom XML part): the article's fields
as plain JSON values, and what each part looked like in the document when it was written.
The importer reads the document's text first and takes from the record only what the
document cannot show (ids, kinds, a quotation's speaker and date, directions) or what the
document shows unchanged. The record is read from a file a user gave, so reading it
trusts nothing: a wrong type is the field's default, never an exception.

The paragraph signature lives here because both sides compute it, the writer from the
runs it writes and the importer from the runs it reads, and neither may import the other.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from editor.model.article import (
    DESK_FIELDS,
    Article,
    Byline,
    Correction,
    CorrectionKind,
    Direction,
    Meta,
    Opening,
    Quotation,
    Section,
    Status,
)

RECORD_VERSION = 1

# One piece of a paragraph as a reader sees it: text, bold, italic, link target.
Piece = tuple[str, bool, bool, str]

# The desk's fields a record keeps (a DOCX read back lost them all): every one but the
# editor's note, which is for the desk and no export holds.
_DESK_RECORDED = tuple(name for name in DESK_FIELDS if name != "editor_note")

_QUOTATION_TEXTS = (
    "words",
    "speaker",
    "role",
    "occasion",
    "date",
    "source_name",
    "source_url",
    "language",
    "note",
    "attribution",
)


def article_record(article: Article) -> dict[str, Any]:
    """Return the article's fields as JSON values (review data, revisions and assets apart)."""
    return {
        "id": article.id,
        "language": article.language,
        "opening": {
            "text": article.opening.text,
            "language": article.opening.language,
            "direction": str(article.opening.direction),
        },
        "headline": article.headline,
        "headline_language": article.headline_language,
        "headline_direction": str(article.headline_direction),
        "standfirst": article.standfirst,
        "standfirst_language": article.standfirst_language,
        "standfirst_direction": str(article.standfirst_direction),
        "sections": [
            {
                "kind": section.kind,
                "label": section.label,
                "body": section.body,
                "language": section.language,
                "direction": str(section.direction),
                "genre": section.genre,
            }
            for section in article.sections
        ],
        "quotations": [
            {
                "id": quotation.id,
                **{name: getattr(quotation, name) for name in _QUOTATION_TEXTS},
                "translated": quotation.translated,
                "verified": quotation.verified,
            }
            for quotation in article.quotations
        ],
        "byline": {
            "author": article.byline.author,
            "office": article.byline.office,
            "date": article.byline.date,
            "place": article.byline.place,
        },
        "meta": {
            "tags": list(article.meta.tags),
            "status": article.meta.status,
            "created": article.meta.created,
            "modified": article.meta.modified,
            "target_words": article.meta.target_words,
            # The desk's fields an export carries anyway; never the editor's note.
            **{name: getattr(article.meta, name) for name in _DESK_RECORDED},
        },
        "corrections": [
            {"date": entry.date, "kind": str(entry.kind), "text": entry.text}
            for entry in article.corrections
        ],
        "front_matter": dict(article.front_matter),
    }


def _text(data: Any, key: str) -> str:
    value = data.get(key, "") if isinstance(data, dict) else ""
    return value if isinstance(value, str) else ""


def _flag(data: Any, key: str) -> bool:
    value = data.get(key, False) if isinstance(data, dict) else False
    return value if isinstance(value, bool) else False


def _direction(data: Any, key: str) -> Direction:
    try:
        return Direction(_text(data, key))
    except ValueError:
        return Direction.AUTO


def _items(data: Any, key: str) -> list[Any]:
    value = data.get(key, []) if isinstance(data, dict) else []
    return value if isinstance(value, list) else []


def _child(data: Any, key: str) -> dict[str, Any]:
    value = data.get(key, {}) if isinstance(data, dict) else {}
    return value if isinstance(value, dict) else {}


def article_from_record(data: Any) -> Article:
    """Return the article a record holds; any field of the wrong type takes its default."""
    opening = _child(data, "opening")
    byline = _child(data, "byline")
    meta = _child(data, "meta")
    status = _text(meta, "status")
    target = meta.get("target_words", 0)
    article = Article(
        language=_text(data, "language") or "en",
        opening=Opening(
            _text(opening, "text"), _text(opening, "language"), _direction(opening, "direction")
        ),
        headline=_text(data, "headline"),
        headline_language=_text(data, "headline_language"),
        headline_direction=_direction(data, "headline_direction"),
        standfirst=_text(data, "standfirst"),
        standfirst_language=_text(data, "standfirst_language"),
        standfirst_direction=_direction(data, "standfirst_direction"),
        sections=[
            Section(
                kind=_text(section, "kind") or "custom",
                label=_text(section, "label"),
                body=_text(section, "body"),
                language=_text(section, "language"),
                direction=_direction(section, "direction"),
                genre=_text(section, "genre"),
            )
            for section in _items(data, "sections")
            if isinstance(section, dict)
        ],
        quotations=[
            _quotation(quotation)
            for quotation in _items(data, "quotations")
            if isinstance(quotation, dict)
        ],
        byline=Byline(
            _text(byline, "author"),
            _text(byline, "office"),
            _text(byline, "date"),
            _text(byline, "place"),
        ),
        meta=Meta(
            tags=[tag for tag in _items(meta, "tags") if isinstance(tag, str)],
            status=status if status in {s.value for s in Status} else Status.DRAFT.value,
            created=_text(meta, "created"),
            modified=_text(meta, "modified"),
            target_words=target if isinstance(target, int) and target >= 0 else 0,
        ),
    )
    for name in _DESK_RECORDED:
        value = meta.get(name)
        default = getattr(article.meta, name)
        if name == "subjects":
            if isinstance(value, list):
                article.meta.subjects = [item for item in value if isinstance(item, str)]
        elif isinstance(value, type(default)) and not isinstance(value, bool):
            setattr(article.meta, name, value)
    for entry in _items(data, "corrections"):
        if not isinstance(entry, dict):
            continue
        try:
            kind = CorrectionKind(_text(entry, "kind"))
        except ValueError:
            kind = CorrectionKind.CORRECTION
        article.corrections.append(Correction(_text(entry, "date"), kind, _text(entry, "text")))
    front_matter = _child(data, "front_matter")
    for key, value in front_matter.items():
        if isinstance(value, str):
            article.front_matter[key] = value
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            article.front_matter[key] = list(value)
    if _text(data, "id"):
        article.id = _text(data, "id")
    return article


def _quotation(data: dict[str, Any]) -> Quotation:
    quotation = Quotation(
        id=_text(data, "id"),
        translated=_flag(data, "translated"),
        verified=_flag(data, "verified"),
    )
    for name in _QUOTATION_TEXTS:
        setattr(quotation, name, _text(data, name))
    return quotation


def paragraph_signature(pieces: Iterable[Piece]) -> list[list[Any]]:
    """Return a paragraph's text and emphasis in one canonical form, however its runs split.

    Text splits at line breaks and tabs, white space takes no emphasis (a writer's line
    break inside a bold span is a run without bold), and neighbours alike are merged.
    """
    merged: list[list[Any]] = []
    for text, bold, italic, url in pieces:
        for piece in _split_breaks(text):
            form = (False, False, "") if not piece.strip() else (bold, italic, url)
            if merged and tuple(merged[-1][1:]) == form:
                merged[-1][0] += piece
            else:
                merged.append([piece, *form])
    return merged


def _split_breaks(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for index, char in enumerate(text):
        if char in "\n\t":
            if index > start:
                pieces.append(text[start:index])
            pieces.append(char)
            start = index + 1
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def signature_digest(paragraphs: Sequence[Iterable[Piece]]) -> str:
    """Return a digest of some paragraphs' signatures: equal when text and emphasis are."""
    signatures = [paragraph_signature(pieces) for pieces in paragraphs]
    # Paragraphs without text are not read back as paragraphs: they take no part.
    kept = [signature for signature in signatures if any(p[0].strip() for p in signature)]
    encoded = json.dumps(kept, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    # Two checksums and the length: it only tells an edited part from an unchanged one
    # (no secret to keep), and hashlib would load OpenSSL, ~5 ms of every DOCX export.
    return f"{zlib.crc32(encoded):08x}{zlib.adler32(encoded):08x}{len(encoded):x}"
