"""A save never leaves a half-written file under the real name, whatever moment it dies."""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from editor.model import Article, Quotation
from editor.storage import container
from editor.storage.folders import UserFolders
from editor.text.template import new_article

KILLS = 220

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "win32", reason="needs fork and SIGKILL"
)


def version(number: int) -> Article:
    """Return saved version NUMBER: sizes differ, so kills land at many points of a write."""
    article = new_article("ar")
    article.id = "crash-test"
    article.meta.created = article.meta.modified = "2026-11-28T04:00:00+00:00"
    article.headline = f"Version {number}"
    article.sections[0].body = f"نص الخبر {number} " * (200 + 700 * (number % 7))
    article.sections[1].body = "Comment. " * (50 * (number % 5))
    article.quotations = [Quotation(id=f"q{n}", words="w " * 40) for n in range(number % 9)]
    article.assets["noise.bin"] = random.Random(number).randbytes(2_000 * (number % 4))
    return article


def _saver(path: Path, folders: UserFolders, start: int, report: int) -> None:
    """Child process: save versions start, start+1, … forever, reporting each one done."""
    number = start
    while True:
        container.save(version(number), path, folders)
        os.write(report, f"{number}\n".encode())
        number += 1


def _completed(read_end: int) -> list[int]:
    data = b""
    while chunk := os.read(read_end, 65536):
        data += chunk
    return [int(line) for line in data.split()]


def test_save_survives_kill_during_write(tmp_path: Path, user_folders: UserFolders) -> None:
    path = tmp_path / "story.newsdesk"
    container.save(version(0), path, user_folders)
    last_done = 0
    rng = random.Random(20261128)
    outcomes = {"old": 0, "new": 0}
    for _kill in range(KILLS):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns to pytest
            try:
                os.close(read_end)
                _saver(path, user_folders, last_done + 1, write_end)
            finally:
                os._exit(0)
        os.close(write_end)
        time.sleep(rng.uniform(0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        done = _completed(read_end)
        os.close(read_end)
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
    # Backups were written and pruned around the kills too; every one kept is readable.
    kept = container.backups(user_folders, "crash-test")
    assert 1 <= len(kept) <= container.BACKUPS_KEPT + 1
    for backup in kept:
        assert container.load(backup).id == "crash-test"
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
    assert last_done > KILLS
