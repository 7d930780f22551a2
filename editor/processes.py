"""Whether a process runs on this computer, asked without touching it.

A lock names the process holding an article, a recovery copy the one writing it, a spelling
folder the one using it: each is the leftover of a crash once that process has ended.
"""

from __future__ import annotations

import os

# The largest process id there can be: pid_t is 32-bit signed, a Windows id a DWORD. A
# larger number (a hostile lock's 10**20) names no process, and os.kill would overflow.
_MAX_PID = 2**32 - 1 if os.name == "nt" else 2**31 - 1


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this host (True when it cannot be told)."""
    if pid <= 0 or pid > _MAX_PID:
        return False
    if os.name == "nt":
        # os.kill on Windows would terminate the process: ask without touching it.
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        kernel.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # it exists but belongs to someone else
    return True
