"""Frozen values (the part references, every document tree node): as frozen dataclasses."""

from __future__ import annotations

import copy
import pickle
from typing import Any, ClassVar

import pytest

from editor.model.frozen import Frozen
from editor.render.tree import Heading, Paragraph, Text


class Base(Frozen):
    __slots__ = ("first",)
    first: str


class Value(Base):
    __slots__ = ("second", "third")
    _defaults: ClassVar[dict[str, Any]] = {"third": 3}
    second: int
    third: int


def test_fields_come_in_annotation_order_a_base_class_first() -> None:
    assert Value._fields == ("first", "second", "third")
    assert Value("a", 2) == Value(first="a", second=2) == Value("a", second=2, third=3)
    assert repr(Value("a", 2)) == "Value(first='a', second=2, third=3)"


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [(("a", 1, 2, 3), {}), (("a",), {}), (("a", 1), {"first": "b"}), (("a", 1), {"x": 1})],
)
def test_wrong_fields_are_refused(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with pytest.raises(TypeError):
        Value(*args, **kwargs)


def test_a_value_cannot_change_and_is_hashed_by_its_fields() -> None:
    value = Value("a", 2)
    with pytest.raises(AttributeError, match="immutable"):
        value.first = "b"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del value.second
    assert hash(value) == hash(Value("a", 2)) != hash(Value("a", 3))
    assert Value("a", 2) != Base("a")


def test_a_document_tree_copies_and_pickles_by_value() -> None:
    # The tree's nodes are Frozen values too: a copied or pickled tree is the same tree.
    tree = (Heading((Text("Port"),), "en", "ltr", 2), Paragraph((Text("Open."),), "en", "ltr"))
    assert copy.deepcopy(tree) == tree == pickle.loads(pickle.dumps(tree))
    assert copy.copy(tree[0]) is not tree[0]


def test_replace_changes_fields_and_refuses_unknown_ones() -> None:
    from editor.render.styles import HouseStyle, Sizes

    style = HouseStyle()
    bigger = style.replace(sizes=style.sizes.replace(title=40.0), name="big")
    assert bigger.sizes == Sizes(title=40.0) and bigger.name == "big"
    assert style.sizes.title == 22.0 and style.name == "default"  # the original unchanged
    with pytest.raises(TypeError, match="has no field colour"):
        style.replace(colour="red")
