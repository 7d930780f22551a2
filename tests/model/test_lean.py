"""editor.model.lean.dataclass behaves as @dataclass does: equality, hash, repr, fields."""

from __future__ import annotations

import copy
import dataclasses
import math
import pickle
from typing import Any

import pytest

from editor.model import Article, Quotation, Section
from editor.model.lean import dataclass


@dataclass
class _Lean:
    name: str = ""
    score: float = 0.0
    hidden: str = dataclasses.field(default="", repr=False)
    ignored: int = dataclasses.field(default=0, compare=False)
    tags: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class _Standard:
    name: str = ""
    score: float = 0.0
    hidden: str = dataclasses.field(default="", repr=False)
    ignored: int = dataclasses.field(default=0, compare=False)
    tags: list[str] = dataclasses.field(default_factory=list)


@dataclass
class _One:
    value: float


@dataclass
class _Nested:
    inner: Any = None


PAIRS = [
    ({}, {}),
    ({"name": "a"}, {"name": "a"}),
    ({"name": "a"}, {"name": "b"}),
    ({"ignored": 1}, {"ignored": 2}),
    ({"hidden": "x"}, {"hidden": "y"}),
    ({"tags": ["x"]}, {"tags": ["x"]}),
    ({"tags": ["x"]}, {"tags": []}),
]


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_lean_compares_as_a_dataclass_does(first: dict, second: dict) -> None:
    lean = _Lean(**first) == _Lean(**second), _Lean(**first) != _Lean(**second)
    standard = _Standard(**first) == _Standard(**second), _Standard(**first) != _Standard(**second)
    assert lean == standard


def test_lean_repr_is_a_dataclass_repr() -> None:
    lean = repr(_Lean("a", 1.5, "secret", 3, ["x"]))
    standard = repr(_Standard("a", 1.5, "secret", 3, ["x"]))
    assert lean == standard.replace("_Standard", "_Lean")
    assert "secret" not in lean


def test_lean_record_is_unhashable_and_unequal_to_other_types() -> None:
    with pytest.raises(TypeError):
        hash(_Lean())
    assert _Lean() != _Standard()
    assert _Lean() != ("", 0.0, [])
    assert (_Lean() == 1) is False


def test_lean_one_field_compares_as_a_tuple() -> None:
    # The generated __eq__ compares (self.value,) == (other.value,): identity first.
    nan = math.nan
    assert _One(nan) == _One(nan)
    assert _One(1.0) == _One(1.0)
    assert _One(1.0) != _One(2.0)


def test_lean_repr_of_a_record_holding_itself_stops() -> None:
    nested = _Nested()
    nested.inner = nested
    assert repr(nested) == "_Nested(inner=...)"


def test_model_records_are_dataclasses_with_value_semantics() -> None:
    article = Article(headline="Will the port reopen?", sections=[Section(body="Text.")])
    article.quotations.append(Quotation(id="q1", words="We will."))
    same = copy.deepcopy(article)
    assert same == article
    same.sections[0].body = "Other."
    assert same != article
    assert pickle.loads(pickle.dumps(article)) == article
    assert dataclasses.replace(article.sections[0], label="News:").label == "News:"
    assert [one.name for one in dataclasses.fields(Quotation)][:2] == ["id", "words"]
    assert repr(Quotation(id="q1")).startswith("Quotation(id='q1', words=''")
    with pytest.raises(TypeError):
        hash(article)
