"""Batch status change: one bad article never stops the others."""

from __future__ import annotations

import os
from pathlib import Path

from editor.jobs.status_change import change_statuses
from editor.model import Article, Section
from editor.storage import container
from editor.storage.errors import FormatError, StorageError
from editor.storage.folders import UserFolders


def test_a_batch_status_change_reports_bad_files_and_changes_the_rest(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    deep = tmp_path / "deep.newsdesk"
    article = Article(headline="Deep", sections=[Section(body="Words.")])
    nested: object = "leaf"
    for _ in range(500):
        nested = {"k": nested}
    article.extra["future"] = nested  # a newer program's key, nested 500 deep
    container.save(article, deep)
    corrupt = tmp_path / "corrupt.newsdesk"
    corrupt.write_bytes(b"PK\x03\x04 damaged")
    pipe = tmp_path / "pipe.newsdesk"
    os.mkfifo(pipe)
    fine = tmp_path / "fine.newsdesk"
    container.save(Article(headline="Fine", sections=[Section(body="Words.")]), fine)

    outcomes = list(
        change_statuses(
            [deep, corrupt, pipe, fine], "in_review", "Editor One", folders=user_folders
        )
    )

    assert [(outcome.path.name, outcome.ok) for outcome in outcomes] == [
        ("deep.newsdesk", True),
        ("corrupt.newsdesk", False),
        ("pipe.newsdesk", False),
        ("fine.newsdesk", True),
    ]
    assert isinstance(outcomes[1].failure, FormatError)
    assert isinstance(outcomes[2].failure, StorageError)
    changed = container.load(deep)
    assert changed.meta.status == "in_review"
    assert changed.extra["future"] == nested
    assert container.load(fine).meta.status == "in_review"
