"""Where the data shipped with the program lives, from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """Return the folder holding language data, styles, templates and samples."""
    package = Path(__file__).resolve().parent
    installed = package / "resources"  # the wheel puts resources/ inside the package
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of one shipped resource file."""
    return resources_dir().joinpath(*parts)
