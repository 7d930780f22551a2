"""Deep copies of the article's records that never recurse into the data a file carried.

``extra`` dicts keep keys from newer versions (and a draft's front matter) as read from
JSON, nested as deep as the file was: ``copy.deepcopy`` follows them with several stack
frames a level, and 500 levels exhausted the interpreter's stack. Here that data is copied
with an explicit stack; the records themselves (a few levels: article, section, comment,
reply, revision) still go through ``copy.deepcopy``.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, TypeVar

_T = TypeVar("_T")


def copy_json(value: Any) -> Any:
    """Return a deep copy of JSON-like data (dicts and lists, any depth) without recursing."""
    if not isinstance(value, dict | list):
        return value
    root: dict[Any, Any] | list[Any] = {} if isinstance(value, dict) else []
    stack: list[tuple[dict[Any, Any] | list[Any], dict[Any, Any] | list[Any]]] = [(value, root)]
    while stack:
        source, target = stack.pop()
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in items:
            if isinstance(item, dict | list):
                child: dict[Any, Any] | list[Any] = {} if isinstance(item, dict) else []
                stack.append((item, child))
            else:
                child = item
            if isinstance(target, dict):
                target[key] = child
            else:
                target.append(child)
    return root


def deep_copy(record: _T) -> _T:
    """Return a deep copy of a model record (an article, a section, a list of quotations).

    Every dict or list field of a record that holds no records (``extra``, front matter,
    tags) is copied without recursion; ``copy.deepcopy`` then copies the rest, taking
    those copies as already made.
    """
    memo: dict[int, Any] = {}
    stack: list[Any] = [record]
    seen: set[int] = set()
    while stack:
        value = stack.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            stack.extend(getattr(value, field.name) for field in dataclasses.fields(value))
        elif isinstance(value, dict | list):
            members = list(value.values()) if isinstance(value, dict) else value
            records = [
                member
                for member in members
                if dataclasses.is_dataclass(member) and not isinstance(member, type)
            ]
            if records:
                stack.extend(records)
            else:
                memo[id(value)] = copy_json(value)
    # deepcopy keeps the originals it met alive through the memo; these are alive anyway.
    return copy.deepcopy(record, memo)
