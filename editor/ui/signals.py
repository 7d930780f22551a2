"""Emitting Qt signals from Python without PySide6 6.12.0's lost reference to True.

PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without taking a reference to
it, so every emit from Python takes one reference away from ``True``. After a few hundred
emits (one per keystroke in the article form) the interpreter frees ``True`` and aborts
with "bool_dealloc". ``emit`` gives the reference back when, and only when, a probe shows
the running PySide6 has the fault.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBE_EMITS = 16


class _Probe(QObject):
    fired = Signal()


@cache
def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    results = [probe.fired.emit() for _ in range(_PROBE_EMITS)]
    lost = before + results.count(True) - sys.getrefcount(True)
    for result in results:
        if lost >= _PROBE_EMITS and isinstance(result, bool):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
    del results
    return lost >= _PROBE_EMITS


def emit(signal: SignalInstance, *args: object) -> None:
    """Emit a signal; on a faulty PySide6, give back the reference emit() took from True."""
    result = signal.emit(*args)
    if isinstance(result, bool) and _emit_loses_a_reference():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
