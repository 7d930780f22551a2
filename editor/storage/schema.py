"""The article as JSON: dataclasses to dicts and back, checking every type on the way in.

The dict form is ``article.json`` with each section's ``body`` holding the Markdown text
instead of a file name. Keys this program does not know are kept in the dataclasses'
``extra`` dicts and written back, so a newer program's data survives an older one.

The optional keys added within format version 1 (a part's own language and direction, the
target length, the import's front matter) are written only when they hold something, so
an article that uses none of them is stored exactly as before.
"""

from __future__ import annotations

from typing import Any

from editor.model import (
    Article,
    Byline,
    Comment,
    Direction,
    Meta,
    Opening,
    Quotation,
    Reply,
    Revision,
    Section,
    StatusChange,
)
from editor.storage.errors import FormatError, UnsupportedVersionError

FORMAT_VERSION = 1

# Read, never written: where the first release kept the headline's and standfirst's
# directions ({"headline": "rtl", "standfirst": "ltr"}); now headline_direction and
# standfirst_direction.
_LEGACY_DIRECTIONS = "directions"

_ARTICLE_KEYS = (
    "format_version",
    "id",
    "language",
    "opening",
    "headline",
    "headline_language",
    "headline_direction",
    "standfirst",
    "standfirst_language",
    "standfirst_direction",
    "sections",
    "quotations",
    "byline",
    "meta",
    "front_matter",
    _LEGACY_DIRECTIONS,
)
_REVIEW_KEYS = ("comments", "status_history")


def _merge(known: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Known keys first, then unknown ones; a known key always wins over an extra of that name."""
    for key, value in extra.items():
        if key not in known:
            known[key] = value
    return known


# --- writing -----------------------------------------------------------------------------


def _settings(
    known: dict[str, Any], prefix: str, language: str, direction: Direction
) -> dict[str, Any]:
    """Add a part's own language and direction to ``known`` when they are not the default."""
    if language:
        known[f"{prefix}language"] = language
    if direction != Direction.AUTO:
        known[f"{prefix}direction"] = str(direction)
    return known


def opening_to_dict(opening: Opening) -> dict[str, Any]:
    """Return the ``opening`` object of article.json."""
    known: dict[str, Any] = {"text": opening.text, "language": opening.language}
    if opening.direction != Direction.AUTO:
        known["direction"] = str(opening.direction)
    return _merge(known, opening.extra)


def section_to_dict(section: Section, body: str) -> dict[str, Any]:
    """Return one entry of ``sections``; ``body`` is the file name or the text."""
    known = {"kind": section.kind, "label": section.label, "body": body}
    return _merge(_settings(known, "", section.language, section.direction), section.extra)


def quotation_to_dict(quotation: Quotation) -> dict[str, Any]:
    """Return one entry of ``quotations``."""
    known = {
        "id": quotation.id,
        "words": quotation.words,
        "speaker": quotation.speaker,
        "role": quotation.role,
        "occasion": quotation.occasion,
        "date": quotation.date,
        "source_name": quotation.source_name,
        "source_url": quotation.source_url,
        "language": quotation.language,
        "translated": quotation.translated,
        "verified": quotation.verified,
        "note": quotation.note,
        "attribution": quotation.attribution,
    }
    return _merge(known, quotation.extra)


def byline_to_dict(byline: Byline) -> dict[str, Any]:
    """Return the ``byline`` object."""
    known = {
        "author": byline.author,
        "office": byline.office,
        "date": byline.date,
        "place": byline.place,
    }
    return _merge(known, byline.extra)


def meta_to_dict(meta: Meta) -> dict[str, Any]:
    """Return the ``meta`` object."""
    known: dict[str, Any] = {
        "tags": list(meta.tags),
        "status": meta.status,
        "created": meta.created,
        "modified": meta.modified,
    }
    if meta.target_words:
        known["target_words"] = meta.target_words
    return _merge(known, meta.extra)


def article_head_to_dict(article: Article, section_bodies: list[str]) -> dict[str, Any]:
    """Return article.json's object, with ``section_bodies`` as each section's ``body``."""
    known: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "id": article.id,
        "language": article.language,
        "opening": opening_to_dict(article.opening),
        "headline": article.headline,
    }
    _settings(known, "headline_", article.headline_language, article.headline_direction)
    known["standfirst"] = article.standfirst
    _settings(known, "standfirst_", article.standfirst_language, article.standfirst_direction)
    known["sections"] = [
        section_to_dict(section, body)
        for section, body in zip(article.sections, section_bodies, strict=True)
    ]
    known["quotations"] = [quotation_to_dict(quotation) for quotation in article.quotations]
    known["byline"] = byline_to_dict(article.byline)
    known["meta"] = meta_to_dict(article.meta)
    if article.front_matter:
        known["front_matter"] = {
            key: list(value) if isinstance(value, list) else value
            for key, value in article.front_matter.items()
        }
    return _merge(known, article.extra)


def review_to_dict(article: Article) -> dict[str, Any]:
    """Return review.json's object: comments and status history."""
    known = {
        "comments": [_comment_to_dict(comment) for comment in article.comments],
        "status_history": [_status_change_to_dict(change) for change in article.status_history],
    }
    return _merge(known, article.review_extra)


def _comment_to_dict(comment: Comment) -> dict[str, Any]:
    known = {
        "id": comment.id,
        "part": comment.part,
        "start": comment.start,
        "end": comment.end,
        "quote": comment.quote,
        "text": comment.text,
        "author": comment.author,
        "initials": comment.initials,
        "created": comment.created,
        "resolved": comment.resolved,
        "replies": [
            _merge(
                {"author": reply.author, "text": reply.text, "created": reply.created}, reply.extra
            )
            for reply in comment.replies
        ],
    }
    return _merge(known, comment.extra)


def _status_change_to_dict(change: StatusChange) -> dict[str, Any]:
    known = {
        "status": change.status,
        "author": change.author,
        "at": change.at,
        "note": change.note,
    }
    return _merge(known, change.extra)


def article_to_dict(article: Article, *, review: bool = False) -> dict[str, Any]:
    """Return the article.json keys with each section's ``body`` holding the Markdown text.

    With ``review`` the comments and status history are added under ``"review"`` (as in
    review.json); revision snapshots are stored that way.
    """
    data = article_head_to_dict(article, [section.body for section in article.sections])
    if review:
        data = {**data, "review": review_to_dict(article)}
    return data


def revision_to_dict(revision: Revision) -> dict[str, Any]:
    """Return one revisions/NNNNNN.json object; the snapshot keeps text and review data."""
    snapshot = None
    if revision.snapshot is not None:
        snapshot = article_to_dict(revision.snapshot, review=True)
    known = {
        "number": revision.number,
        "author": revision.author,
        "created": revision.created,
        "note": revision.note,
        "snapshot": snapshot,
    }
    return _merge(known, revision.extra)


# --- reading -----------------------------------------------------------------------------


class Fields:
    """One JSON object being read: typed getters whose errors name the file and the key."""

    def __init__(self, data: Any, where: str, path: str, known: tuple[str, ...]) -> None:
        if not isinstance(data, dict):
            raise FormatError(path, f"{where} must be an object")
        self.data = data
        self.where = where
        self.path = path
        self.known = known

    def fail(self, key: str, what: str) -> FormatError:
        """Return the error for a key of the wrong type."""
        return FormatError(self.path, f"{self.where}: '{key}' must be {what}")

    def text(self, key: str, default: str = "") -> str:
        """Return a string value; absent means ``default``."""
        value = self.data.get(key, default)
        if not isinstance(value, str):
            raise self.fail(key, "a string")
        return value

    def flag(self, key: str) -> bool:
        """Return a true/false value; absent means false."""
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(key, "true or false")
        return value

    def integer(self, key: str, default: int | None = 0) -> int:
        """Return a whole number; absent means ``default`` (None: the key is required)."""
        if key not in self.data and default is not None:
            return default
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, "a whole number")
        return value

    def required_text(self, key: str) -> str:
        """Return a string value that must be present."""
        if key not in self.data:
            raise FormatError(self.path, f"{self.where}: '{key}' is missing")
        return self.text(key)

    def items(self, key: str) -> list[Any]:
        """Return a list value; absent means empty."""
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "a list")
        return value

    def texts(self, key: str) -> list[str]:
        """Return a list of strings; absent means empty."""
        values = self.items(key)
        for value in values:
            if not isinstance(value, str):
                raise self.fail(key, "a list of strings")
        return list(values)

    def direction(self, key: str, value: Any = Direction.AUTO.value) -> Direction:
        """Return a part's direction; absent means auto (``value``: one found elsewhere)."""
        value = self.data.get(key, value)
        if not isinstance(value, str) or value not in _DIRECTIONS:
            raise self.fail(key, "one of " + ", ".join(_DIRECTIONS))
        return Direction(value)

    def count(self, key: str) -> int:
        """Return a whole number of 0 or more; absent means 0."""
        value = self.integer(key)
        if value < 0:
            raise self.fail(key, "a whole number of 0 or more")
        return value

    def text_map(self, key: str) -> dict[str, str | list[str]]:
        """Return an object whose values are strings or lists of strings; absent means empty."""
        value = self.data.get(key, {})
        if not isinstance(value, dict) or not all(
            isinstance(item, str)
            or (isinstance(item, list) and all(isinstance(word, str) for word in item))
            for item in value.values()
        ):
            raise self.fail(key, "an object of strings and lists of strings")
        return {
            name: list(item) if isinstance(item, list) else item for name, item in value.items()
        }

    def child(self, key: str, known: tuple[str, ...]) -> Fields:
        """Return the object under key (absent means empty)."""
        return Fields(self.data.get(key, {}), f"{self.where}: '{key}'", self.path, known)

    def extra(self) -> dict[str, Any]:
        """Return the keys this program does not know, to be written back unchanged."""
        return {key: value for key, value in self.data.items() if key not in self.known}


_DIRECTIONS = tuple(direction.value for direction in Direction)


def check_format_version(fields: Fields) -> int:
    """Return the file's format version; newer than this program's → UnsupportedVersionError."""
    if "format_version" not in fields.data:
        raise FormatError(fields.path, f"{fields.where}: 'format_version' is missing")
    version = fields.integer("format_version", None)
    if version > FORMAT_VERSION:
        raise UnsupportedVersionError(
            fields.path,
            f"written by a newer Newsdesk (format version {version}; this one reads up to "
            f"{FORMAT_VERSION}); update Newsdesk to open it",
        )
    if version < 1:
        raise FormatError(fields.path, f"{fields.where}: unknown format_version {version}")
    return version


def article_from_fields(fields: Fields, *, review: bool) -> Article:
    """Build an Article from an article.json-shaped object whose section bodies are text."""
    check_format_version(fields)
    article_id = fields.required_text("id")
    opening = fields.child("opening", ("text", "language", "direction"))
    byline = fields.child("byline", ("author", "office", "date", "place"))
    meta = fields.child("meta", ("tags", "status", "created", "modified", "target_words"))
    legacy = fields.child(_LEGACY_DIRECTIONS, ("headline", "standfirst"))
    article = Article(
        id=article_id,
        language=fields.text("language"),
        opening=Opening(
            text=opening.text("text"),
            language=opening.text("language"),
            direction=opening.direction("direction"),
            extra=opening.extra(),
        ),
        headline=fields.text("headline"),
        headline_language=fields.text("headline_language"),
        headline_direction=fields.direction(
            "headline_direction", legacy.direction("headline").value
        ),
        standfirst=fields.text("standfirst"),
        standfirst_language=fields.text("standfirst_language"),
        standfirst_direction=fields.direction(
            "standfirst_direction", legacy.direction("standfirst").value
        ),
        sections=[
            _section(Fields(item, f"{fields.where}: sections[{index}]", fields.path, _SECTION))
            for index, item in enumerate(fields.items("sections"))
        ],
        quotations=[
            _quotation(Fields(item, f"{fields.where}: quotations[{index}]", fields.path, _QUOTE))
            for index, item in enumerate(fields.items("quotations"))
        ],
        byline=Byline(
            author=byline.text("author"),
            office=byline.text("office"),
            date=byline.text("date"),
            place=byline.text("place"),
            extra=byline.extra(),
        ),
        meta=Meta(
            tags=meta.texts("tags"),
            status=meta.text("status", "draft"),
            created=meta.text("created"),
            modified=meta.text("modified"),
            target_words=meta.count("target_words"),
            extra=meta.extra(),
        ),
        front_matter=fields.text_map("front_matter"),
        extra=fields.extra(),
    )
    if legacy.extra():
        # Nothing the first release wrote, but a file's data is never dropped.
        article.extra[_LEGACY_DIRECTIONS] = legacy.extra()
    if review and "review" in fields.data:
        read_review(fields.child("review", _REVIEW_KEYS), article)
    return article


_SECTION = ("kind", "label", "body", "language", "direction")
_QUOTE = (
    "id",
    "words",
    "speaker",
    "role",
    "occasion",
    "date",
    "source_name",
    "source_url",
    "language",
    "translated",
    "verified",
    "note",
    "attribution",
)


def _section(fields: Fields) -> Section:
    return Section(
        kind=fields.text("kind", "news"),
        label=fields.text("label"),
        body=fields.text("body"),
        language=fields.text("language"),
        direction=fields.direction("direction"),
        extra=fields.extra(),
    )


def _quotation(fields: Fields) -> Quotation:
    return Quotation(
        id=fields.required_text("id"),
        words=fields.text("words"),
        speaker=fields.text("speaker"),
        role=fields.text("role"),
        occasion=fields.text("occasion"),
        date=fields.text("date"),
        source_name=fields.text("source_name"),
        source_url=fields.text("source_url"),
        language=fields.text("language"),
        translated=fields.flag("translated"),
        verified=fields.flag("verified"),
        note=fields.text("note"),
        attribution=fields.text("attribution"),
        extra=fields.extra(),
    )


_COMMENT = (
    "id",
    "part",
    "start",
    "end",
    "quote",
    "text",
    "author",
    "initials",
    "created",
    "resolved",
    "replies",
)


def read_review(fields: Fields, article: Article) -> None:
    """Fill the article's comments, status history and review_extra from review.json."""
    where, path = fields.where, fields.path
    comments = []
    for index, item in enumerate(fields.items("comments")):
        comment = Fields(item, f"{where}: comments[{index}]", path, _COMMENT)
        replies = [
            Reply(
                author=reply.text("author"),
                text=reply.text("text"),
                created=reply.text("created"),
                extra=reply.extra(),
            )
            for reply in (
                Fields(value, f"{comment.where}: replies[{number}]", path, _REPLY)
                for number, value in enumerate(comment.items("replies"))
            )
        ]
        comments.append(
            Comment(
                id=comment.required_text("id"),
                part=comment.text("part", "headline"),
                start=comment.integer("start"),
                end=comment.integer("end"),
                quote=comment.text("quote"),
                text=comment.text("text"),
                author=comment.text("author"),
                initials=comment.text("initials"),
                created=comment.text("created"),
                resolved=comment.flag("resolved"),
                replies=replies,
                extra=comment.extra(),
            )
        )
    history = []
    for index, item in enumerate(fields.items("status_history")):
        change = Fields(item, f"{where}: status_history[{index}]", path, _CHANGE)
        history.append(
            StatusChange(
                status=change.required_text("status"),
                author=change.text("author"),
                at=change.text("at"),
                note=change.text("note"),
                extra=change.extra(),
            )
        )
    article.comments = comments
    article.status_history = history
    article.review_extra = fields.extra()


_REPLY = ("author", "text", "created")
_CHANGE = ("status", "author", "at", "note")


def revision_from_fields(fields: Fields) -> Revision:
    """Build a Revision from a revisions/NNNNNN.json object."""
    snapshot = None
    if fields.data.get("snapshot") is not None:
        snapshot = article_from_fields(
            fields.child("snapshot", (*_ARTICLE_KEYS, "review")), review=True
        )
    return Revision(
        number=fields.integer("number", None),
        author=fields.text("author"),
        created=fields.text("created"),
        note=fields.text("note"),
        snapshot=snapshot,
        extra=fields.extra(),
    )


def article_from_dict(data: dict[str, Any], path: str = "<memory>") -> Article:
    """Build an Article from article_to_dict's form (a ``"review"`` key is read if present)."""
    return article_from_fields(
        Fields(data, "article", path, (*_ARTICLE_KEYS, "review")), review=True
    )


ARTICLE_KEYS = _ARTICLE_KEYS
REVIEW_KEYS = _REVIEW_KEYS
