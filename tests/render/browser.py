"""A page as headless Chromium lays it out: its DOM after its scripts ran."""

from __future__ import annotations

import subprocess
from pathlib import Path


def dump_dom(path: Path) -> str:
    """Return the DOM of a page file after Chromium has loaded it and run its scripts."""
    return subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", path.as_uri()],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
