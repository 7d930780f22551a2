"""Deep copies of records whose ``extra`` data is nested as deep as a file made it."""

from __future__ import annotations

from typing import Any

import pytest

from editor.model import Article, Comment, Reply, Section
from editor.model.copying import copy_json, deep_copy
from editor.model.review import change_status, restore_revision

pytestmark = pytest.mark.hostile


def _nested(depth: int) -> dict[str, Any]:
    value: Any = ["leaf", 1, None]
    for level in range(depth):
        value = {"level": level, "inner": value}
    return value


def _depth(value: Any) -> int:
    depth = 0
    while isinstance(value, dict):
        value = value["inner"]
        depth += 1
    return depth


def test_copy_json_copies_any_depth_without_sharing() -> None:
    original = _nested(50_000)
    copied = copy_json(original)
    assert _depth(copied) == 50_000
    assert copied is not original
    assert copied["inner"] is not original["inner"]
    copied["inner"]["level"] = "changed"
    assert original["inner"]["level"] == 49_998


def test_copy_json_keeps_order_and_values() -> None:
    value = {"b": [1, {"c": [2.5, True, None]}], "a": "x"}
    copied = copy_json(value)
    assert copied == value
    assert list(copied) == ["b", "a"]
    assert copied["b"][1] is not value["b"][1]


def test_status_change_keeps_an_unknown_key_nested_500_deep() -> None:
    article = Article(headline="Deep", sections=[Section(body="Words.", extra=_nested(10))])
    article.extra["future"] = _nested(500)
    article.comments.append(
        Comment("c1", replies=[Reply(text="ok", extra={"deep": _nested(700)})])
    )
    change_status(article, "in_review", "Editor One")
    snapshot = article.revisions[0].snapshot
    assert snapshot is not None
    assert _depth(snapshot.extra["future"]) == 500
    assert _depth(snapshot.comments[0].replies[0].extra["deep"]) == 700
    assert snapshot.extra["future"] is not article.extra["future"]
    assert snapshot.sections[0] is not article.sections[0]
    assert snapshot.sections[0].extra == article.sections[0].extra
    assert snapshot.revisions == []


def test_restoring_a_revision_with_deep_extra_data() -> None:
    article = Article(headline="Deep", sections=[Section(body="Old words.", extra=_nested(600))])
    change_status(article, "in_review", "Editor One")
    article.sections[0].body = "New words."
    restore_revision(article, 1, "Editor One")
    assert article.sections[0].body == "Old words."
    assert _depth(article.sections[0].extra) == 600


def test_deep_copy_shares_nothing_mutable() -> None:
    article = Article(headline="h", sections=[Section(body="b")])
    article.meta.tags.append("tag")
    article.front_matter["k"] = ["v"]
    copied = deep_copy(article)
    assert copied == article
    assert copied.meta.tags is not article.meta.tags
    assert copied.front_matter["k"] is not article.front_matter["k"]
    assert copied.sections[0] is not article.sections[0]
