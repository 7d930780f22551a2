"""``@dataclass`` for the records read as the editor starts, made cheaper to create.

On Python 3.11 ``@dataclass`` compiles each method it writes from source: ``__init__``,
``__repr__`` and ``__eq__``, 0.2-0.9 ms a class and 4.6 ms for the article's thirteen,
every start (measured). Here ``__repr__`` and ``__eq__`` are written once for every class
and read the fields the class declares, as the generated ones do: equal when of the same
class with equal compared fields (in a tuple, as ``@dataclass`` compares them), unhashable,
shown as ``Name(field=value, …)``. ``__init__`` stays generated (its signature is the
class's own), and the class is a dataclass like any other (``fields``, ``replace``,
``asdict``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar, dataclass_transform

_T = TypeVar("_T", bound=type)

# Each class's compared fields, as one tuple per instance: found on the first comparison.
_COMPARED: dict[type, Callable[[Any], tuple[Any, ...]]] = {}
# Each class's fields shown by repr(), by name.
_SHOWN: dict[type, tuple[str, ...]] = {}


def _compared(cls: Any) -> Callable[[Any], tuple[Any, ...]]:
    getter = _COMPARED.get(cls)
    if getter is None:
        names = [one.name for one in dataclasses.fields(cls) if one.compare]
        if len(names) > 1:
            getter = attrgetter(*names)
        elif names:
            # attrgetter of one name gives the value, not a 1-tuple; a tuple compares its
            # items by identity first (a NaN equals itself), as the generated __eq__ does.
            name = names[0]
            getter = lambda record: (getattr(record, name),)  # noqa: E731
        else:
            getter = lambda _record: ()  # noqa: E731
        _COMPARED[cls] = getter
    return getter


def _eq(self: object, other: object) -> object:
    if other.__class__ is self.__class__:
        compared = _compared(self.__class__)
        return bool(compared(self) == compared(other))
    return NotImplemented


@recursive_repr()
def _repr(self: Any) -> str:
    cls = self.__class__
    names = _SHOWN.get(cls)
    if names is None:
        names = _SHOWN[cls] = tuple(one.name for one in dataclasses.fields(cls) if one.repr)
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
    return f"{cls.__qualname__}({shown})"


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))
def dataclass(cls: _T) -> _T:
    """Make ``cls`` a dataclass as ``@dataclass`` does, sharing ``__repr__`` and ``__eq__``."""
    made: Any = dataclasses.dataclass(cls, repr=False, eq=False)
    # Only where the class does not write its own, as @dataclass leaves those alone.
    if "__repr__" not in cls.__dict__:
        made.__repr__ = _repr
    if "__eq__" not in cls.__dict__:
        made.__eq__ = _eq
        # As @dataclass(eq=True) does: a record that compares by value has no hash.
        made.__hash__ = None
    return cls
