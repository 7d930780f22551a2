"""Every field declared in the model is stored: the schema works from the records' fields."""

from __future__ import annotations

import dataclasses
import json
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
from editor.storage.schema import (
    REVISION_KEYS,
    Fields,
    article_from_dict,
    article_to_dict,
    revision_from_fields,
    revision_to_dict,
)

# A value other than the default for each type a stored field may have.
_SET = {"str": "set", "int": 7, "bool": True, "Direction": Direction.RTL, "list[str]": ["a", "b"]}


def _filled(cls: type[Any], **nested: Any) -> Any:
    """Return a record of ``cls`` with every field holding something other than its default."""
    values = {
        field.name: _SET[str(field.type)]
        for field in dataclasses.fields(cls)
        if field.name not in nested and field.name != "extra"
    }
    return cls(**values, **nested, extra={"x-newer": [1]})


def test_every_declared_field_of_every_record_survives_json() -> None:
    article = Article(
        id="a1",
        opening=_filled(Opening),
        sections=[_filled(Section)],
        quotations=[_filled(Quotation)],
        byline=_filled(Byline),
        meta=_filled(Meta),
        comments=[_filled(Comment, replies=[_filled(Reply)])],
        status_history=[_filled(StatusChange)],
    )
    read = article_from_dict(json.loads(json.dumps(article_to_dict(article, review=True))))
    assert read == article


def test_a_revision_keeps_every_declared_field() -> None:
    revision = _filled(Revision, snapshot=Article(id="s1", headline="Earlier"))
    stored = json.loads(json.dumps(revision_to_dict(revision)))
    read = revision_from_fields(Fields(stored, "revision", "<memory>", REVISION_KEYS))
    assert read == revision
