"""Run a call with file permissions enforced, even when the tests run as root.

Root reads and writes whatever a file's mode says, so a test of "no permission" would
prove nothing as root. Root gets that power from two Linux capabilities,
CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH; for the call they are taken out of this
thread's effective set (any process may lower its own) and put back after. Without them
root is held to the owner's bits of a file's mode like any user. A module of its own,
not conftest: "conftest" names a different module depending on which tests run together.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_CAPABILITY_VERSION_3 = 0x20080522  # <linux/capability.h>: two 32-bit words per set
_OVERRIDES = (1 << 1) | (1 << 2)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Sets(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


@contextmanager
def _without_overrides() -> Iterator[None]:
    libc = ctypes.CDLL(None, use_errno=True)
    header = _Header(_CAPABILITY_VERSION_3, 0)  # pid 0: the calling thread
    sets = (_Sets * 2)()
    if libc.capget(ctypes.byref(header), sets) != 0:
        raise OSError(ctypes.get_errno(), "capget failed")
    saved = sets[0].effective
    sets[0].effective = saved & ~_OVERRIDES
    if libc.capset(ctypes.byref(header), sets) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")
    try:
        yield
    finally:
        sets[0].effective = saved
        libc.capset(ctypes.byref(header), sets)


def as_unprivileged(function: Callable[..., T], *args: object) -> T:
    """Return function(*args), called so that file modes hold for this process too."""
    if os.geteuid() != 0:
        return function(*args)
    if not sys.platform.startswith("linux"):
        raise RuntimeError("as root, file modes can be enforced on Linux only")
    with _without_overrides():
        return function(*args)
