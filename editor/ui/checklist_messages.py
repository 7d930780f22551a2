"""The checklist's findings in the interface language.

The core words each finding in English from a template (editor/model/validate.py,
editor/text/checklist.py) and keeps the template and the values filled into it. Qt's lupdate
reads only literal strings, so the templates are listed here once more, in the "Checklist"
context; tests/ui/test_checklist_messages.py keeps this list and the core's the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from editor.text.checklist import Finding

CONTEXT = "Checklist"

TEMPLATES = (
    QT_TRANSLATE_NOOP("Checklist", "The headline is empty."),
    QT_TRANSLATE_NOOP("Checklist", "The section {0} is empty."),
    QT_TRANSLATE_NOOP("Checklist", "The quotation {0} is not in the quotation bank."),
    QT_TRANSLATE_NOOP("Checklist", "Two quotations share the id {0}."),
    QT_TRANSLATE_NOOP("Checklist", "The quotation has no words."),
    QT_TRANSLATE_NOOP("Checklist", "The quotation has no speaker."),
    QT_TRANSLATE_NOOP("Checklist", "The quotation is not used in any section."),
    QT_TRANSLATE_NOOP("Checklist", "The quotation has no date."),
    QT_TRANSLATE_NOOP("Checklist", "The quotation has no source."),
    QT_TRANSLATE_NOOP("Checklist", "The headline has {0} characters; the house style allows {1}."),
    QT_TRANSLATE_NOOP("Checklist", "The credit line has no author."),
    QT_TRANSLATE_NOOP("Checklist", "The credit line has no office."),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "An invisible direction control character ({0}) is in the text; it can reorder what "
        "readers see.",
    ),
    QT_TRANSLATE_NOOP("Checklist", "{0} spaces in a row between words."),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Arabic and Persian forms of a letter are mixed in this text ({0} {1}×, {2} {3}×); "
        "use one form.",
    ),
    QT_TRANSLATE_NOOP("Checklist", "The closing mark {0} has no opening mark before it."),
    QT_TRANSLATE_NOOP(
        "Checklist", 'A straight quotation mark (") has no partner in this paragraph.'
    ),
    QT_TRANSLATE_NOOP(
        "Checklist", "The opening mark {0} is never closed (no {1} after it in this paragraph)."
    ),
    QT_TRANSLATE_NOOP("Checklist", "Unknown word “{0}” ({1})."),
    QT_TRANSLATE_NOOP(
        "Checklist", "A paragraph of {0} words; readers lose their way past {1}: split it."
    ),
)


def shown_message(finding: Finding) -> str:
    """Return a finding's message in the interface language."""
    translated = QCoreApplication.translate(CONTEXT, finding.template)
    try:
        return translated.format(*finding.params)
    except (IndexError, KeyError, ValueError):
        return finding.message  # a translation with a wrong placeholder: the English wording
