"""The workflow statuses by the names the interface shows, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.model import Status
from editor.model.article import STATUS_NAMES
from editor.model.messages import STATUS


def status_names() -> dict[Status, str]:
    """Return each workflow status's name, translated (the menus, the status bar, the library)."""
    # The core's English names are marked for lupdate where they are written.
    return {
        status: QCoreApplication.translate(STATUS, name) for status, name in STATUS_NAMES.items()
    }


def status_label(status: str) -> str:
    """Return the name of a status value ("in_review" → "In review"); an unknown one as it is."""
    try:
        return status_names()[Status(status)]
    except ValueError:
        return status
