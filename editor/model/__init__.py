"""The article as plain dataclasses. No Qt, no I/O.

Its validation is ``editor.model.validate``, imported where it is used: the editor's start
needs the article, not the checks (nor the part names they use).
"""

from editor.model.article import (
    Article,
    Byline,
    Comment,
    Correction,
    CorrectionKind,
    Direction,
    Meta,
    Opening,
    Quotation,
    Reply,
    Revision,
    Section,
    SectionKind,
    SourceLink,
    Status,
    StatusChange,
    Suggestion,
    SuggestionKind,
    bare_label,
    new_id,
    now_iso,
)
from editor.model.tokens import QUOTE_TOKEN, quotation_ids, quote_token

__all__ = [
    "QUOTE_TOKEN",
    "Article",
    "Byline",
    "Comment",
    "Correction",
    "CorrectionKind",
    "Direction",
    "Meta",
    "Opening",
    "Quotation",
    "Reply",
    "Revision",
    "Section",
    "SectionKind",
    "SourceLink",
    "Status",
    "StatusChange",
    "Suggestion",
    "SuggestionKind",
    "bare_label",
    "new_id",
    "now_iso",
    "quotation_ids",
    "quote_token",
]
