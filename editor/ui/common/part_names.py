"""The name an article's part is shown by, in the interface language.

The core names parts in English (``editor.model.parts``, marked there for lupdate); this
translates them. A section is shown by its label, as the writer wrote it, when it is known.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from editor.model import parts
from editor.model.messages import PARTS
from editor.model.parts import MalformedPartError, PartRef, parse_part


def _translated(english: str) -> str:
    return QCoreApplication.translate(PARTS, english)


def part_name(part: str | PartRef, section_labels: Sequence[str] = ()) -> str:
    """Return the name of a part; ``section_labels`` are the article's, in order."""
    try:
        ref = part if isinstance(part, PartRef) else parse_part(part)
    except MalformedPartError:
        return str(part)
    return parts.part_name(ref, section_labels, _translated)
