"""Saving with the user's folders keeps the version it replaces: the last 10, by article id."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.storage import container
from editor.storage.folders import UserFolders
from editor.text.template import new_article

pytestmark = pytest.mark.fault


def _article(headline: str, article_id: str = "a-1"):
    article = new_article("en")
    article.id = article_id
    article.headline = headline
    return article


def test_first_save_keeps_no_backup(tmp_path: Path, user_folders: UserFolders) -> None:
    container.save(_article("One"), tmp_path / "s.newsdesk", user_folders)
    assert container.backups(user_folders, "a-1") == []


def test_previous_version_is_kept_in_the_data_folder(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    path = tmp_path / "s.newsdesk"
    container.save(_article("One"), path, user_folders)
    container.save(_article("Two"), path, user_folders)
    kept = container.backups(user_folders, "a-1")
    assert [container.load(backup).headline for backup in kept] == ["One"]
    assert kept[0].parent == user_folders.data / "backups" / "a-1"
    assert container.load(path).headline == "Two"


def test_only_the_last_ten_versions_are_kept(tmp_path: Path, user_folders: UserFolders) -> None:
    path = tmp_path / "s.newsdesk"
    for number in range(15):
        container.save(_article(f"Version {number}"), path, user_folders)
    kept = container.backups(user_folders, "a-1")
    assert [container.load(backup).headline for backup in kept] == [
        f"Version {number}" for number in range(4, 14)
    ]


def test_saving_unchanged_article_does_not_push_backups_out(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    path = tmp_path / "s.newsdesk"
    container.save(_article("One"), path, user_folders)
    container.save(_article("Two"), path, user_folders)
    # One article saved again and again (a new one each time could be made in the next
    # second, with another creation time: a changed article, rightly backed up).
    unchanged = _article("Three")
    for _ in range(12):
        container.save(unchanged, path, user_folders)
    kept = container.backups(user_folders, "a-1")
    assert [container.load(backup).headline for backup in kept] == ["One", "Two"]


def test_hostile_article_id_stays_inside_the_backup_folder(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    path = tmp_path / "s.newsdesk"
    hostile = "../../../../escape"
    container.save(_article("One", hostile), path, user_folders)
    container.save(_article("Two", hostile), path, user_folders)
    (kept,) = container.backups(user_folders, hostile)
    assert kept.parent.parent == user_folders.backups
    assert kept.parent.name.startswith("id-")


def test_save_after_a_kill_between_backup_and_prune_brings_backups_back_to_ten(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    path = tmp_path / "s.newsdesk"
    for number in range(12):
        container.save(_article(f"Version {number}"), path, user_folders)
    # What a save killed right after keeping its backup leaves: one backup too many, the
    # newest equal to the file still under the real name.
    folder = container.backup_folder(user_folders, "a-1")
    (folder / "99990101T000000000000Z.newsdesk").write_bytes(path.read_bytes())
    assert len(container.backups(user_folders, "a-1")) == 11
    container.save(_article("Version 12"), path, user_folders)
    kept = container.backups(user_folders, "a-1")
    assert len(kept) == 10
    assert container.load(kept[-1]).headline == "Version 11"
