"""Marks the core's translatable English where it is written, without Qt.

Qt's ``pyside6-lupdate`` finds a call by its name: ``QT_TRANSLATE_NOOP("Checklist", "…")``
puts the text into the translation sources under that context, whatever the function
does. This one returns the text unchanged, so the core keeps its English wording (the
command line prints it) and the interface translates the same string with
``QCoreApplication.translate(context, text)``. Context and text must be literals, or
lupdate cannot read them.
"""

from __future__ import annotations

# The contexts the core's marked strings are filed under; the interface translates with
# the same names.
CHECKLIST = "Checklist"
STATUS = "Status"
PARTS = "Parts"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` as it is; the call marks it for translation in ``context``."""
    return text
