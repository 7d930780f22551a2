"""What the crash test's child process runs; imports nothing but the program, so it starts fast."""

from __future__ import annotations

import os
import random
from pathlib import Path

from editor.model import Article, Quotation
from editor.storage import container
from editor.storage.folders import UserFolders
from editor.text.template import new_article


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


def saver(path: Path, folders: UserFolders, start: int, report: Path) -> None:
    """Child process: save versions start, start+1, … forever, reporting each one done."""
    fd = os.open(report, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    number = start
    while True:
        container.save(version(number), path, folders)
        os.write(fd, f"{number}\n".encode())
        number += 1


def completed(report: Path) -> list[int]:
    if not report.exists():
        return []
    lines = report.read_bytes().split(b"\n")[:-1]  # a line cut by the kill has no newline
    return [int(line) for line in lines]
