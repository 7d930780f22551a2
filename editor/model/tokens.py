"""The ``[[quote:ID]]`` token that places a quotation from the bank in a body."""

from __future__ import annotations

import re
from collections.abc import Iterator

QUOTE_TOKEN = re.compile(r"\[\[quote:([A-Za-z0-9_.\-]+)\]\]")


def quote_token(quotation_id: str) -> str:
    """Return the token that places the quotation with this id in a body."""
    return f"[[quote:{quotation_id}]]"


def quotation_ids(body: str) -> Iterator[str]:
    """Yield the quotation ids a body refers to, in order."""
    for match in QUOTE_TOKEN.finditer(body):
        yield match.group(1)
