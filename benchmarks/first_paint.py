"""How the start-up benchmarks see a first paint: print the time, then exit at once.

The editor is timed to the first paint of its first section's body (the article's text on
screen); the bare window to its own first paint. The probe must cost nothing of what it
times. Asking a text box for its viewport (``viewport()``) does: the viewport is a plain
QWidget made by Qt, and wrapping it makes PySide6 look through every QWidget subclass for
a closer type, building each one's Python class and enums on the way (~8 ms, measured).
The editor never asks for it before its first paint, so the probe does not either: it
takes the body's own ``viewportEvent`` (the scroll area sees each event of its viewport
there) for that one widget.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable


def _painted() -> None:
    print(f"painted {time.perf_counter()}", flush=True)
    os._exit(0)  # at once: the time to the first paint is what is measured


def exit_on_first_paint(window) -> None:
    """Exit when a window built in Python (its wrapper exists already) is first painted."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                _painted()
            return False

    window._first_paint = FirstPaint()
    window.installEventFilter(window._first_paint)


def on_body_paint(box, then: Callable[[], None]) -> None:
    """Call ``then`` each time a text box's viewport (its text) is painted."""
    from PySide6.QtCore import QEvent

    own = box.viewportEvent

    def viewport_event(event) -> bool:
        if event.type() == QEvent.Type.Paint:
            then()
        return own(event)

    box.viewportEvent = viewport_event


def exit_on_body_paint(box) -> None:
    """Exit when a text box's viewport (its text) is first painted."""
    on_body_paint(box, _painted)
