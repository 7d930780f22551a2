"""A save never leaves a half-written file under the real name, whatever moment it dies."""

from __future__ import annotations

import multiprocessing
import random
import signal
import time
from pathlib import Path

import pytest
from crash_saver import completed, saver, version

from editor.storage import container
from editor.storage.folders import UserFolders

KILLS = 220

pytestmark = [
    pytest.mark.fault,
    pytest.mark.slow,  # hundreds of saves, each killed at a random moment
    pytest.mark.skipif(
        "forkserver" not in multiprocessing.get_all_start_methods(), reason="needs a fork server"
    ),
]


def _wait_until_started(report: Path, child: multiprocessing.process.BaseProcess) -> None:
    """Wait for the child to create its report file: from then on it is saving."""
    while not report.exists():
        assert child.is_alive() or report.exists(), "the saving child died on its own"
        time.sleep(0.001)


def test_save_survives_kill_during_write(tmp_path: Path, user_folders: UserFolders) -> None:
    # Children come from a fork server: a fresh single-threaded process with the storage
    # code imported once, so each of the hundreds of children starts in milliseconds and
    # none inherits threads the test process may have (Qt's, for one).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["crash_saver"])
    path = tmp_path / "story.newsdesk"
    container.save(version(0), path, user_folders)
    last_done = 0
    rng = random.Random(20261128)
    outcomes = {"old": 0, "new": 0}
    for kill in range(KILLS):
        report = tmp_path / f"report-{kill}.txt"
        child = context.Process(target=saver, args=(path, user_folders, last_done + 1, report))
        child.start()
        _wait_until_started(report, child)
        time.sleep(rng.uniform(0, 0.02))
        child.kill()  # SIGKILL: no cleanup, no finally, no flush
        child.join()
        assert child.exitcode == -signal.SIGKILL
        done = completed(report)
        report.unlink(missing_ok=True)
        if done:
            last_done = done[-1]
        on_disk = container.load(path)
        loaded_number = int(on_disk.headline.split()[-1])
        # The last save that returned is never lost; the one in progress may or may not
        # have landed, but nothing else can be under the real name.
        assert loaded_number in (last_done, last_done + 1)
        assert on_disk == version(loaded_number)
        landed = loaded_number == last_done + 1
        outcomes["new" if landed else "old"] += 1
        last_done = loaded_number
    # Backups were written and pruned around the kills too: every one left is readable (a
    # kill between writing a backup and pruning leaves one extra), and the next save that
    # completes brings them back to the limit.
    for backup in container.backups(user_folders, "crash-test"):
        assert container.load(backup).id == "crash-test"
    container.save(version(last_done + 1), path, user_folders)
    kept = container.backups(user_folders, "crash-test")
    assert 1 <= len(kept) <= container.BACKUPS_KEPT
    assert container.load(kept[-1]) == version(last_done)
    # Kills must have landed both between saves and in the middle of them.
    assert outcomes["old"] > 0
    # Temporary files left by kills during a write show that kills landed mid-write; they
    # never carry the real name.
    leftovers = list(tmp_path.glob(".story.newsdesk.*.tmp"))
    assert leftovers
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "home",
        "story.newsdesk",
    ]
    assert last_done > 0  # versions did change under the kills
