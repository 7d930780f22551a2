"""Watch a worker thread's calls: a Python thread of the editor must call no Qt function.

A Qt call on a worker thread that takes Qt's signal-slot locks (emitting a signal, moving
an object to another thread) can deadlock with the GUI thread, which may hold such a lock
while it waits for the interpreter. The editor's workers compute in Python; the GUI thread
collects their results.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Watched:
    """What threads of one name did while watched."""

    ran: list[str] = field(default_factory=list)  # the Python functions they ran
    qt_calls: list[str] = field(default_factory=list)  # the Qt functions they called


@contextmanager
def watch_threads(name: str) -> Iterator[Watched]:
    """Record the calls of the Python threads called ``name`` started inside the block."""
    watched = Watched()

    def profile(frame, event: str, arg) -> None:
        if threading.current_thread().name != name:
            return
        if event == "call":
            watched.ran.append(frame.f_code.co_name)
        elif event == "c_call":
            owner = getattr(arg, "__self__", None)
            module = getattr(type(owner), "__module__", "") or ""
            if module.startswith(("PySide6", "shiboken6")):
                watched.qt_calls.append(f"{type(owner).__name__}.{arg.__name__}")

    threading.setprofile(profile)
    try:
        yield watched
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]
