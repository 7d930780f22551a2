"""Small immutable values: slotted classes that behave as frozen dataclasses do.

Fields in the order they are annotated (a base class's first), given by position or by
keyword, immutable, equal and hashed by value, a readable repr, and copied or pickled by
value. Plain classes with ``__slots__``, not ``@dataclass(frozen=True)``: making a dataclass
costs about 0.4-0.7 ms when its module loads, and the document tree's two dozen classes
(every export) and the part references (every start of the editor) would pay that.
"""

from __future__ import annotations

import inspect
from typing import Any, ClassVar, Self


class Frozen:
    """Base of a small immutable value: compared, hashed and copied by its fields."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        # Fields in the order they are annotated, a base class's first (as a dataclass
        # orders them); defaults (which __slots__ cannot hold as class attributes) in a
        # ``_defaults`` mapping of the class.
        fields: dict[str, None] = {}
        for klass in reversed(cls.__mro__):
            fields.update((name, None) for name in inspect.get_annotations(klass))
        cls._fields = tuple(name for name in fields if name[0] != "_")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if len(args) == len(fields) and not kwargs:
            for name, value in zip(fields, args, strict=True):
                object.__setattr__(self, name, value)
            return
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} takes {len(fields)} fields")
        values = dict(zip(fields, args, strict=False))
        for name, value in kwargs.items():
            if name not in fields or name in values:
                raise TypeError(f"{type(self).__name__}: unexpected or repeated {name!r}")
            values[name] = value
        for name in fields:
            if name in values:
                object.__setattr__(self, name, values[name])
            elif name in self._defaults:
                object.__setattr__(self, name, self._defaults[name])
            else:
                raise TypeError(f"{type(self).__name__}: missing {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        # copy, deepcopy and pickle would set the slots one by one, which __setattr__
        # refuses: they make the value again from its fields, in order.
        return type(self), self._values()

    def replace(self, **changes: Any) -> Self:
        """Return a copy with some fields changed (as ``dataclasses.replace`` does)."""
        values = {name: getattr(self, name) for name in self._fields}
        unknown = set(changes) - set(values)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(sorted(unknown))}")
        values.update(changes)
        return type(self)(**values)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, *self._values()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({inner})"
