"""The screen the benchmarks run the editor on: offscreen, 1600×1000 (not Qt's 800×800).

A first window takes 80% of the screen: here 1280×800, the size of the bare window the
start-up is compared with, with the preview beside the form (on 800×800 it folds away).
"""

from __future__ import annotations

import os
from pathlib import Path

PLATFORM = f"offscreen:configfile={Path(__file__).resolve().parent / 'offscreen_screen.json'}"


def use_offscreen_screen() -> None:
    """Run this process (and the children it starts) on the benchmarks' offscreen screen."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = PLATFORM
