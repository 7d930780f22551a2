"""A library status change writes each article by the one rule, reporting and skipping."""

from __future__ import annotations

import os
from pathlib import Path

from unprivileged import as_unprivileged

from editor.jobs.status_change import change_statuses
from editor.model import Article, Section
from editor.storage import container
from editor.storage.errors import (
    PERMISSION_DENIED,
    FormatError,
    LockedError,
    ReadOnlyFileError,
    StorageError,
    UnreadableLockError,
)
from editor.storage.folders import UserFolders
from editor.storage.lock import ArticleLock, lock_path
from editor.text.template import new_article


def _shelf(folder: Path, *names: str) -> list[Path]:
    paths = []
    for name in names:
        article = new_article("en")
        article.id = name
        article.headline = f"The {name} story"
        path = folder / f"{name}.newsdesk"
        container.save(article, path)
        paths.append(path)
    return paths


def test_refused_articles_are_reported_and_the_others_change(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    plain, read_only, held, garbage = _shelf(tmp_path, "plain", "readonly", "held", "garbage")
    read_only.chmod(0o444)
    lock_path(garbage).write_bytes(b"\x00 not a lock")
    before = {path: path.read_bytes() for path in (read_only, held, garbage)}
    with ArticleLock(held, "Another Editor"):
        outcomes = list(
            change_statuses(
                [plain, read_only, held, garbage], "in_review", "Chief", folders=user_folders
            )
        )
    assert [outcome.ok for outcome in outcomes] == [True, False, False, False]
    assert isinstance(outcomes[1].failure, ReadOnlyFileError)
    assert isinstance(outcomes[2].failure, LockedError)
    assert "is open by Another Editor" in str(outcomes[2].failure)
    assert isinstance(outcomes[3].failure, UnreadableLockError)
    assert container.load(plain).meta.status == "in_review"
    assert {path: path.read_bytes() for path in before} == before
    assert len(container.backups(user_folders, "plain")) == 1


def test_unwritable_backups_folder_changes_the_status_and_says_so(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    (path,) = _shelf(tmp_path, "ferry")
    user_folders.backups.mkdir(parents=True)
    user_folders.backups.chmod(0o000)
    try:
        (outcome,) = as_unprivileged(
            lambda: list(change_statuses([path], "in_review", "Chief", folders=user_folders))
        )
    finally:
        user_folders.backups.chmod(0o700)
    assert outcome.ok
    assert outcome.backup_failure is not None
    assert outcome.backup_failure.reason == PERMISSION_DENIED
    assert container.load(path).meta.status == "in_review"


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


def test_the_approval_gate_refuses_an_article_with_open_comments(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    from editor.model.review import ApprovalGateError, add_comment

    settled, commented = _shelf(tmp_path, "settled", "commented")
    for path in (settled, commented):
        article = container.load(path)
        article.meta.status = "in_review"
        if path == commented:
            add_comment(article, "headline", 0, 3, "Which one?", "Desk Editor")
        container.save(article, path)
    outcomes = list(change_statuses([settled, commented], "approved", "Chief"))
    assert [outcome.ok for outcome in outcomes] == [True, False]
    assert isinstance(outcomes[1].failure, ApprovalGateError)
    assert outcomes[1].failure.comments == 1
    assert container.load(commented).meta.status == "in_review"
    (outcome,) = change_statuses([commented], "approved", "Chief", gate=False)
    assert outcome.ok and container.load(commented).meta.status == "approved"
