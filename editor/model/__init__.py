"""The article as plain dataclasses, and its validation. No Qt, no I/O."""

from editor.model.article import (
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
    SectionKind,
    Status,
    StatusChange,
    bare_label,
    new_id,
    now_iso,
)
from editor.model.tokens import QUOTE_TOKEN, quotation_ids, quote_token
from editor.model.validate import Problem, Severity, validate

__all__ = [
    "QUOTE_TOKEN",
    "Article",
    "Byline",
    "Comment",
    "Direction",
    "Meta",
    "Opening",
    "Problem",
    "Quotation",
    "Reply",
    "Revision",
    "Section",
    "SectionKind",
    "Severity",
    "Status",
    "StatusChange",
    "bare_label",
    "new_id",
    "now_iso",
    "quotation_ids",
    "quote_token",
    "validate",
]
