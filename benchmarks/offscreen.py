"""The screen the benchmarks run the editor on: offscreen, 1600×1000 (not Qt's 800×800).

A first window takes 80% of the screen: here 1280×800, the size of the bare window the
start-up is compared with, with the preview beside the form (on 800×800 it folds away).
"""

from __future__ import annotations

import os
from pathlib import Path

PLATFORM = f"offscreen:configfile={Path(__file__).resolve().parent / 'offscreen_screen.json'}"
REPO = Path(__file__).resolve().parent.parent


def use_offscreen_screen() -> None:
    """Run this process (and the children it starts) on the benchmarks' offscreen screen."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = PLATFORM


def user_folders_env(home: Path) -> dict[str, str]:
    """Return HOME and every XDG folder the editor uses, all inside ``home``."""
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_DATA_HOME": str(home / "data"),
    }


def editor_env(home: Path) -> dict[str, str]:
    """Return the environment of an editor process a benchmark starts.

    The benchmarks' screen, the per-user folders in ``home`` (no real settings, recovery
    copies or dictionaries) and this checkout's ``editor`` first on the path.
    """
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return dict(os.environ, QT_QPA_PLATFORM=PLATFORM, PYTHONPATH=path, **user_folders_env(home))
