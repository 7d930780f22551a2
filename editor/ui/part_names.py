"""The name an article's part is shown by, in the interface language.

The core names parts by key (``headline``, ``sections/0``, ``quotations/q1``, ``byline``);
the checklist and the review panel show them to the user by these names. A section is
shown by its label, as the writer wrote it, when it is known.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from editor.model import bare_label


def part_name(part: str, section_labels: Sequence[str] = ()) -> str:
    """Return the name of a part; ``section_labels`` are the article's, in order."""
    fixed = {
        "opening": QCoreApplication.translate("Parts", "Opening line"),
        "headline": QCoreApplication.translate("Parts", "Headline"),
        "standfirst": QCoreApplication.translate("Parts", "Standfirst"),
        "byline": QCoreApplication.translate("Parts", "Byline"),
    }
    if part in fixed:
        return fixed[part]
    if part.startswith("sections/") and part.removeprefix("sections/").isdigit():
        index = int(part.removeprefix("sections/"))
        label = bare_label(section_labels[index]) if index < len(section_labels) else ""
        return label or QCoreApplication.translate("Parts", "Section {0}").format(index + 1)
    if part.startswith("quotations/"):
        quotation_id = part.removeprefix("quotations/")
        return QCoreApplication.translate("Parts", "Quotation {0}").format(quotation_id)
    return part
