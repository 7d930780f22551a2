"""The ``[[quote:ID]]`` token that places a quotation from the bank in a body."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.model.article import Quotation

QUOTE_TOKEN = re.compile(r"\[\[quote:([A-Za-z0-9_.\-]+)\]\]")
# Finds the quotation a token names: the bank's, the form's while it is edited, or none.
QuotationLookup = Callable[[str], "Quotation | None"]


def no_quotations(quotation_id: str) -> Quotation | None:
    """A lookup for text that has no quotation bank: every token is unknown."""
    return None


def quote_token(quotation_id: str) -> str:
    """Return the token that places the quotation with this id in a body."""
    return f"[[quote:{quotation_id}]]"


def quotation_ids(body: str) -> Iterator[str]:
    """Yield the quotation ids a body refers to, in order."""
    for match in QUOTE_TOKEN.finditer(body):
        yield match.group(1)
