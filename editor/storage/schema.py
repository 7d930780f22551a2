"""The article as JSON: dataclasses to dicts and back, checking every type on the way in.

The dict form is ``article.json`` with each section's ``body`` holding the Markdown text
instead of a file name. Keys this program does not know are kept in the dataclasses'
``extra`` dicts and written back, so a newer program's data survives an older one.

The optional keys added within format version 1 (a part's own language and direction, the
target length, the import's front matter) are written only when they hold something, so
an article that uses none of them is stored exactly as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import StrEnum
from functools import cache, partial
from typing import Any, ClassVar, NamedTuple, Protocol, TypeVar

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
from editor.model.article import DESK_FIELDS
from editor.storage.errors import FormatError, UnsupportedVersionError

FORMAT_VERSION = 1

# Read, never written: where the first release kept the headline's and standfirst's
# directions ({"headline": "rtl", "standfirst": "ltr"}); now headline_direction and
# standfirst_direction.
_LEGACY_DIRECTIONS = "directions"

ARTICLE_KEYS = (
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
    "corrections",
    "source_links",
    "front_matter",
    _LEGACY_DIRECTIONS,
)
REVIEW_KEYS = ("comments", "suggestions", "status_history")


def _merge(known: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Known keys first, then unknown ones; a known key always wins over an extra of that name."""
    for key, value in extra.items():
        if key not in known:
            known[key] = value
    return known


# --- records -----------------------------------------------------------------------------
# A record (a quotation, a comment, the byline…) is stored as one JSON object whose keys are
# its dataclass fields, in their declared order, and whose unknown keys go to its ``extra``.
# Its fields are read and written from the dataclass, so a field is declared once, in the
# model; only what a field's type cannot say is written down here.

# Fields added within format version 1: written only when they hold something other than
# their default, so an article that uses none of them is stored exactly as before.
_WRITTEN_WHEN_SET: dict[type, tuple[str, ...]] = {
    Opening: ("direction",),
    Section: ("language", "direction", "genre", "paragraphs"),
    Meta: ("target_words", *DESK_FIELDS),
}
# Numbers that must not be negative.
_COUNTS: dict[type, tuple[str, ...]] = {Meta: ("target_words",)}
# Numbers with a highest value too.
_HIGHEST: dict[tuple[type, str], int] = {(Meta, "urgency"): 9}


class _Record(Protocol):
    """A dataclass of the model stored as one JSON object (keys it does not know in extra)."""

    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]
    extra: dict[str, Any]


_R = TypeVar("_R", bound=_Record)
_Choice = TypeVar("_Choice", bound=StrEnum)
_Read = Callable[["Fields", str], Any]


class _Stored(NamedTuple):
    """How one field of a record is stored."""

    name: str
    read: _Read
    to_json: Callable[[Any], Any]
    when_set: bool  # written only when it is not the default
    default: Any


def _plain(value: Any) -> Any:
    return value


def _field_rules(
    field_type: str, default: Any, required: bool
) -> tuple[_Read, Callable[[Any], Any]]:
    """Return how a field of this type is read and how its value is written as JSON."""
    if field_type == "str":
        if required:
            return Fields.required_text, _plain
        return (lambda fields, key: fields.text(key, default)), _plain
    if field_type == "int":
        return (lambda fields, key: fields.integer(key, None if required else default)), _plain
    if field_type == "bool":
        return (lambda fields, key: fields.flag(key, default)), _plain
    if field_type == "Direction":
        return (lambda fields, key: fields.direction(key, default)), str
    if field_type == "SuggestionKind":
        return (lambda fields, key: fields.choice(key, SuggestionKind, default)), str
    if field_type == "CorrectionKind":
        return (lambda fields, key: fields.choice(key, CorrectionKind, default)), str
    if field_type == "list[str]":
        return Fields.texts, list
    # Records and lists of records are read and written by the record's own caller.
    return _nested, _plain


def _nested(fields: Fields, key: str) -> Any:
    raise AssertionError(f"{fields.where}: '{key}' is read by its record's caller")


@cache
def _stored_fields(cls: type[_Record]) -> tuple[_Stored, ...]:
    """Return how each field of a record class is stored, in declared order."""
    stored = []
    for field in dataclasses.fields(cls):
        if field.name == "extra":
            continue
        required = field.default is dataclasses.MISSING and (
            field.default_factory is dataclasses.MISSING
        )
        read, to_json = _field_rules(str(field.type), field.default, required)
        if field.name in _COUNTS.get(cls, ()):
            read = Fields.count
        highest = _HIGHEST.get((cls, field.name))
        if highest is not None:
            read = partial(_read_ranged, highest=highest)
        when_set = field.name in _WRITTEN_WHEN_SET.get(cls, ())
        default = (
            field.default_factory()
            if field.default_factory is not dataclasses.MISSING
            else field.default
        )
        stored.append(_Stored(field.name, read, to_json, when_set, default))
    return tuple(stored)


def _read_ranged(fields: Fields, key: str, highest: int) -> int:
    return fields.ranged(key, highest)


def record_keys(cls: type[_Record]) -> tuple[str, ...]:
    """Return the JSON keys a record of this class is stored under."""
    return tuple(field.name for field in _stored_fields(cls))


def _record_to_dict(record: _Record, **nested: Any) -> dict[str, Any]:
    """Return a record as its JSON object; ``nested`` gives its records already converted."""
    known: dict[str, Any] = {}
    for field in _stored_fields(type(record)):
        if field.name in nested:
            known[field.name] = nested[field.name]
            continue
        value = getattr(record, field.name)
        if field.when_set and value == field.default:
            continue
        known[field.name] = field.to_json(value)
    return _merge(known, record.extra)


def _record_from_fields(cls: type[_R], fields: Fields, **nested: Any) -> _R:
    """Build a record from its JSON object; ``nested`` gives its records already read."""
    values = {
        field.name: nested[field.name] if field.name in nested else field.read(fields, field.name)
        for field in _stored_fields(cls)
    }
    values["extra"] = fields.extra()
    return cls(**values)


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
    return _record_to_dict(opening)


def section_to_dict(section: Section, body: str) -> dict[str, Any]:
    """Return one entry of ``sections``; ``body`` is the file name or the text."""
    return _record_to_dict(section, body=body)


def quotation_to_dict(quotation: Quotation) -> dict[str, Any]:
    """Return one entry of ``quotations``."""
    return _record_to_dict(quotation)


def byline_to_dict(byline: Byline) -> dict[str, Any]:
    """Return the ``byline`` object."""
    return _record_to_dict(byline)


def meta_to_dict(meta: Meta) -> dict[str, Any]:
    """Return the ``meta`` object."""
    return _record_to_dict(meta)


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
    if article.corrections:
        # Added within format version 1: written only when the log has an entry.
        known["corrections"] = [_record_to_dict(entry) for entry in article.corrections]
    if article.source_links:
        # An edition's links to its source's paragraphs: written only for an edition.
        known["source_links"] = [_record_to_dict(link) for link in article.source_links]
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
    if article.suggestions:
        # Added within format version 1: written only when there are some.
        known["suggestions"] = [_record_to_dict(item) for item in article.suggestions]
    return _merge(known, article.review_extra)


def _comment_to_dict(comment: Comment) -> dict[str, Any]:
    replies = [_record_to_dict(reply) for reply in comment.replies]
    return _record_to_dict(comment, replies=replies)


def _status_change_to_dict(change: StatusChange) -> dict[str, Any]:
    return _record_to_dict(change)


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
    return _record_to_dict(revision, snapshot=snapshot)


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

    def flag(self, key: str, default: bool = False) -> bool:
        """Return a true/false value; absent means ``default``."""
        value = self.data.get(key, default)
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

    def choice(self, key: str, kind: type[_Choice], value: _Choice) -> _Choice:
        """Return one of a closed set of values (an enumeration); absent means ``value``."""
        found = self.data.get(key, value)
        names = [member.value for member in kind]
        if not isinstance(found, str) or found not in names:
            raise self.fail(key, "one of " + ", ".join(names))
        return kind(found)

    def ranged(self, key: str, highest: int) -> int:
        """Return a whole number from 0 to ``highest``; absent means 0."""
        value = self.integer(key)
        if not 0 <= value <= highest:
            raise self.fail(key, f"a whole number from 0 to {highest}")
        return value

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
    opening = fields.child("opening", record_keys(Opening))
    byline = fields.child("byline", record_keys(Byline))
    meta = fields.child("meta", record_keys(Meta))
    legacy = fields.child(_LEGACY_DIRECTIONS, ("headline", "standfirst"))
    article = Article(
        id=article_id,
        language=fields.text("language"),
        opening=_record_from_fields(Opening, opening),
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
            _record_from_fields(
                Section, Fields(item, f"{fields.where}: sections[{index}]", fields.path, _SECTION)
            )
            for index, item in enumerate(fields.items("sections"))
        ],
        quotations=[
            _record_from_fields(
                Quotation,
                Fields(item, f"{fields.where}: quotations[{index}]", fields.path, _QUOTE),
            )
            for index, item in enumerate(fields.items("quotations"))
        ],
        byline=_record_from_fields(Byline, byline),
        meta=_record_from_fields(Meta, meta),
        corrections=[
            _record_from_fields(
                Correction,
                Fields(item, f"{fields.where}: corrections[{index}]", fields.path, _CORRECTION),
            )
            for index, item in enumerate(fields.items("corrections"))
        ],
        source_links=[
            _record_from_fields(
                SourceLink,
                Fields(item, f"{fields.where}: source_links[{index}]", fields.path, _LINK),
            )
            for index, item in enumerate(fields.items("source_links"))
        ],
        front_matter=fields.text_map("front_matter"),
        extra=fields.extra(),
    )
    if legacy.extra():
        # Nothing the first release wrote, but a file's data is never dropped.
        article.extra[_LEGACY_DIRECTIONS] = legacy.extra()
    if review and "review" in fields.data:
        read_review(fields.child("review", REVIEW_KEYS), article)
    return article


_SECTION = record_keys(Section)
_QUOTE = record_keys(Quotation)
_CORRECTION = record_keys(Correction)
_LINK = record_keys(SourceLink)
_COMMENT = record_keys(Comment)


def read_review(fields: Fields, article: Article) -> None:
    """Fill the article's comments, status history and review_extra from review.json."""
    where, path = fields.where, fields.path
    comments = []
    for index, item in enumerate(fields.items("comments")):
        comment = Fields(item, f"{where}: comments[{index}]", path, _COMMENT)
        replies = [
            _record_from_fields(
                Reply, Fields(value, f"{comment.where}: replies[{number}]", path, _REPLY)
            )
            for number, value in enumerate(comment.items("replies"))
        ]
        comments.append(_record_from_fields(Comment, comment, replies=replies))
    suggestions = [
        _record_from_fields(
            Suggestion, Fields(item, f"{where}: suggestions[{index}]", path, _SUGGESTION)
        )
        for index, item in enumerate(fields.items("suggestions"))
    ]
    history = [
        _record_from_fields(
            StatusChange, Fields(item, f"{where}: status_history[{index}]", path, _CHANGE)
        )
        for index, item in enumerate(fields.items("status_history"))
    ]
    article.comments = comments
    article.suggestions = suggestions
    article.status_history = history
    article.review_extra = fields.extra()


_REPLY = record_keys(Reply)
_SUGGESTION = record_keys(Suggestion)
_CHANGE = record_keys(StatusChange)


def revision_from_fields(fields: Fields) -> Revision:
    """Build a Revision from a revisions/NNNNNN.json object."""
    snapshot = None
    if fields.data.get("snapshot") is not None:
        snapshot = article_from_fields(
            fields.child("snapshot", (*ARTICLE_KEYS, "review")), review=True
        )
    return _record_from_fields(Revision, fields, snapshot=snapshot)


def article_from_dict(data: dict[str, Any], path: str = "<memory>") -> Article:
    """Build an Article from article_to_dict's form (a ``"review"`` key is read if present)."""
    return article_from_fields(
        Fields(data, "article", path, (*ARTICLE_KEYS, "review")), review=True
    )


REVISION_KEYS = record_keys(Revision)
