"""The library's worker processes: a scan killed half-way leaves no worker behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.model import Article, Section
from editor.storage import container

pytestmark = pytest.mark.fault

# Run as its own process: it starts a scan with worker processes, prints their ids once
# they have read files, and waits there (the scan unfinished) until it is killed.
_SCAN = """
import multiprocessing, os, sys, time
from pathlib import Path
from editor.storage import library_read
from editor.storage.folders import UserFolders
from editor.storage.library import Library

library_read.PARALLEL_FROM = 2
library_read.os.cpu_count = lambda: 3
if __name__ == "__main__":
    library = Library(UserFolders.default(), [Path(sys.argv[1])])
    steps = library.scan()
    next(steps)
    next(steps)  # the first file read: the workers are running
    print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
    time.sleep(60)
"""


def _alive(pid: int) -> bool:
    """Whether a process runs (a zombie waiting for a reaper has ended)."""
    stat = Path(f"/proc/{pid}/stat")
    if Path("/proc/self/stat").exists():
        try:
            state = stat.read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return False
        return state not in ("Z", "X")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_killing_a_scan_leaves_no_worker_process_alive(tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    first = shelf / "a0.newsdesk"
    container.save(Article(headline="Port", sections=[Section(body="harbour")]), first)
    for number in range(1, 12):
        (shelf / f"a{number}.newsdesk").write_bytes(first.read_bytes())
    script = tmp_path / "scan.py"
    script.write_text(_SCAN, encoding="utf-8")
    scan = subprocess.Popen(
        [sys.executable, str(script), str(shelf)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.environ["PYTHONPATH"]},
    )
    try:
        assert scan.stdout is not None
        workers = [int(pid) for pid in scan.stdout.readline().split()]
        assert workers, "the scan started no worker process"
        assert all(_alive(pid) for pid in workers)
        scan.kill()  # SIGKILL: no finally, no atexit, no pool shutdown runs
        scan.wait(timeout=10)
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        survivors = [pid for pid in workers if _alive(pid)]
    finally:
        scan.kill()
        scan.wait()
    for pid in survivors:  # leave nothing running whatever the outcome
        os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
    assert survivors == []
