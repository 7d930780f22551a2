"""Stop a call that runs past a time limit: for tests that a large input finishes at all.

Timing belongs in benchmarks/; these tests only tell "finishes" from "never finishes" on
inputs where time in the square of the size would take minutes, so the limit is generous.
A module of its own, not conftest, as ``unprivileged`` is.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

GENEROUS_S = 20


@contextmanager
def finishes_within(seconds: float = GENEROUS_S) -> Iterator[None]:
    """Raise TimeoutError in the block if it runs past ``seconds`` (main thread, POSIX)."""

    def late(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, late)
    # A timer, not signal.alarm: a bound may be a fraction of a second.
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
