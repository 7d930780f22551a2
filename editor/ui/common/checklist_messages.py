"""The checklist's findings in the interface language.

The core words each finding in English from a template (editor/model/validate.py,
editor/text/checklist.py), marked there for lupdate in the "Checklist" context, and keeps
the template and the values filled into it; this translates the template and fills in
the same values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from editor.model.messages import CHECKLIST

if TYPE_CHECKING:
    from editor.model.validate import Problem
    from editor.text.checklist import Finding


def shown_message(finding: Finding | Problem) -> str:
    """Return a finding's (or a problem's) message in the interface language."""
    translated = QCoreApplication.translate(CHECKLIST, finding.template)
    try:
        return translated.format(*finding.params)
    except (IndexError, KeyError, ValueError):
        return finding.message  # a translation with a wrong placeholder: the English wording
