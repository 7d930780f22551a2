"""Plain-text, Markdown and DOCX drafts → structured articles (no Qt).

``import_draft(path)`` and ``import_text(text)`` return an `ImportResult`: the article,
an `Explanation` of what went where, and warnings. A draft that cannot be imported raises
`DraftError` naming the file and what is wrong.
"""

from editor.importing.draft import import_draft, import_text
from editor.importing.errors import DraftError
from editor.importing.result import Explanation, ImportResult, QuotationNote, SectionNote

__all__ = [
    "DraftError",
    "Explanation",
    "ImportResult",
    "QuotationNote",
    "SectionNote",
    "import_draft",
    "import_text",
]
