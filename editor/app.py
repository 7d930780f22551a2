"""Builds the QApplication and the main window."""

from __future__ import annotations

import sys


def run_editor(files: list[str]) -> int:
    """Open the editor on these files; return the process exit code."""
    print(
        "newsdesk: the editor window is not built yet; use a subcommand (see newsdesk --help).",
        file=sys.stderr,
    )
    return 2
