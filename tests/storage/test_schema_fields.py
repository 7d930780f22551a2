"""Every field declared in the model is stored: the schema works from the records' fields.

The records are found from the model itself (the Article's fields, their fields, and so
on), so a field or record added to the model is tested here without a word changed.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

from editor.model import Article, CorrectionKind, Direction, Revision, SuggestionKind
from editor.storage import container
from editor.storage.schema import (
    REVISION_KEYS,
    Fields,
    article_from_dict,
    article_to_dict,
    revision_from_fields,
    revision_to_dict,
)

# A value other than the default for each plain type a stored field may have.
_SET: dict[object, object] = {
    str: "set",
    int: 7,
    bool: True,
    Direction: Direction.RTL,
    SuggestionKind: SuggestionKind.FORMAT,
    CorrectionKind: CorrectionKind.RETRACTION,
}
# What article.json does not carry: the container keeps them as files of their own.
_OWN_FILES = {"revisions": [], "assets": {}, "editions": []}


def _value(hint: Any) -> Any:
    """Return a value of this type other than a field's default (records filled in turn)."""
    if hint in _SET:
        return _SET[hint]
    if dataclasses.is_dataclass(hint):
        return _filled(typing.cast(type, hint))
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is list:
        return [_value(args[0])]
    if origin in (typing.Union, types.UnionType):  # "X | None": an X
        return _value(next(arg for arg in args if arg is not type(None)))
    if origin is dict:
        assert args[0] is str, hint
        if args[1] is Any:  # extra: keys a newer program wrote
            return {"x-newer": [1]}
        if args[1] is bytes:  # assets
            return {"photo.png": b"\x89PNG\r\n"}
        values = typing.get_args(args[1]) or (args[1],)  # str | list[str]
        return {f"key-{index}": _value(value) for index, value in enumerate(values)}
    raise AssertionError(f"no value for a field of type {hint}: teach the test the new type")


def _filled(cls: type[Any], **given: Any) -> Any:
    """Return a record of ``cls`` with every field holding something other than its default."""
    hints = typing.get_type_hints(cls)
    values = {}
    for field in dataclasses.fields(cls):
        if field.name in given:
            continue
        if cls is Revision and field.name == "snapshot":
            # A snapshot keeps the text and review data, not images or older revisions.
            values[field.name] = _filled(Article, **_OWN_FILES)
            continue
        values[field.name] = _value(hints[field.name])
        default = (
            field.default_factory()
            if field.default_factory is not dataclasses.MISSING
            else field.default
        )
        assert values[field.name] != default, f"{cls.__name__}.{field.name}"
    return cls(**values, **given)


def test_every_declared_field_of_every_record_survives_json() -> None:
    article = _filled(Article, **_OWN_FILES)
    read = article_from_dict(json.loads(json.dumps(article_to_dict(article, review=True))))
    assert read == article


def test_a_revision_keeps_every_declared_field() -> None:
    revision = _filled(Revision)
    stored = json.loads(json.dumps(revision_to_dict(revision)))
    read = revision_from_fields(Fields(stored, "revision", "<memory>", REVISION_KEYS))
    assert read == revision


def test_every_declared_field_survives_the_container() -> None:
    # Editions are articles of their own, stored in folders of the container, every field
    # filled but the images (shared, the story's) and editions of their own.
    edition = _filled(Article, language="ar", editions=[], assets={})
    assert edition.revisions and edition.source_links and edition.sections[0].paragraphs
    article = _filled(Article, editions=[edition])
    assert article.revisions and article.assets and article.front_matter
    assert container.loads(container.dumps(article)) == article
