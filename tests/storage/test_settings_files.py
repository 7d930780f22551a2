"""The settings, recent files and personal word list: a folder that cannot be made is a
StorageError naming it, which the editor reports (or ignores), never an unhandled OSError."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.storage.errors import StorageError
from editor.storage.folders import UserFolders
from editor.storage.settings import RecentFiles, Settings, load_settings, save_settings
from editor.storage.word_list import PersonalWordList


def _blocked(user_folders: UserFolders) -> UserFolders:
    """Return the user's folders with a file where the config and data folders should be."""
    blocker = user_folders.config.parent / "blocker"
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file, not a folder", encoding="utf-8")
    return UserFolders(
        config=blocker / "config",
        data=blocker / "data",
        state=user_folders.state,
        cache=user_folders.cache,
        documents=user_folders.documents,
    )


def test_settings_saved_where_no_folder_can_be_made_fail_as_storage_errors(
    user_folders: UserFolders,
) -> None:
    folders = _blocked(user_folders)
    with pytest.raises(StorageError, match="cannot create the settings folder") as raised:
        save_settings(Settings(author="Lena Ortiz"), folders)
    assert raised.value.path == folders.config
    with pytest.raises(StorageError, match="cannot create the settings folder"):
        RecentFiles(folders).add(Path("a.newsdesk"))
    assert load_settings(folders.config) == Settings()


def test_a_word_added_where_no_folder_can_be_made_fails_as_a_storage_error(
    user_folders: UserFolders,
) -> None:
    words = PersonalWordList.in_folder(_blocked(user_folders).data)
    with pytest.raises(StorageError, match="cannot create the folder of the word list"):
        words.add("Northland")
    assert "Northland" not in words
