"""The workflow statuses by the names the interface shows, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.model import Status


def status_names() -> dict[Status, str]:
    """Return each workflow status's name, translated (the menus, the status bar, the library)."""
    # Written out, not looked up from the core's English names: lupdate sees only literals.
    return {
        Status.DRAFT: QCoreApplication.translate("Status", "Draft"),
        Status.IN_REVIEW: QCoreApplication.translate("Status", "In review"),
        Status.CHANGES_REQUESTED: QCoreApplication.translate("Status", "Changes requested"),
        Status.APPROVED: QCoreApplication.translate("Status", "Approved"),
        Status.PUBLISHED: QCoreApplication.translate("Status", "Published"),
    }


def status_label(status: str) -> str:
    """Return the name of a status value ("in_review" → "In review"); an unknown one as it is."""
    try:
        return status_names()[Status(status)]
    except ValueError:
        return status
