"""A library status change writes each article by the one rule, reporting and skipping."""

from __future__ import annotations

from pathlib import Path

from unprivileged import as_unprivileged

from editor.jobs.status_change import change_statuses
from editor.storage import container
from editor.storage.errors import (
    PERMISSION_DENIED,
    LockedError,
    ReadOnlyFileError,
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
