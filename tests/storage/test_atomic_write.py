"""write_bytes: the new content or the old one under the real name, and clear failures."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from unprivileged import as_unprivileged

from editor.storage import atomic
from editor.storage.atomic import write_bytes
from editor.storage.errors import StorageError

pytestmark = pytest.mark.fault


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of the test's own (tmp_path also holds the test's home)."""
    path = tmp_path / "articles"
    path.mkdir()
    return path


def test_writes_new_file(folder: Path) -> None:
    path = folder / "notes.txt"
    write_bytes(path, "Новость\n".encode())
    assert path.read_bytes() == "Новость\n".encode()
    assert os.listdir(folder) == ["notes.txt"]


def test_replaces_existing_file_and_keeps_its_permissions(folder: Path) -> None:
    path = folder / "story.newsdesk"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert os.listdir(folder) == ["story.newsdesk"]


def test_new_file_gets_the_usual_permissions(folder: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        write_bytes(folder / "fresh", b"x")
    finally:
        os.umask(old_umask)
    assert (folder / "fresh").stat().st_mode & 0o777 == 0o644


def test_missing_folder_is_named(folder: Path) -> None:
    path = folder / "absent" / "story.newsdesk"
    with pytest.raises(StorageError) as caught:
        write_bytes(path, b"x")
    assert caught.value.path == path
    assert caught.value.message == f"the folder {path.parent} does not exist"


def test_folder_under_the_name_is_refused(folder: Path) -> None:
    (folder / "story.newsdesk").mkdir()
    with pytest.raises(StorageError, match="a folder has this name"):
        write_bytes(folder / "story.newsdesk", b"x")
    assert os.listdir(folder) == ["story.newsdesk"]


def test_read_only_folder_says_permission_denied(folder: Path) -> None:
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError) as caught:
            as_unprivileged(write_bytes, folder / "story.newsdesk", b"x")
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)
    assert caught.value.message == f"permission denied: cannot write in the folder {folder}"


def test_permission_denied_is_named(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "open", refuse)
    with pytest.raises(StorageError) as caught:
        write_bytes(folder / "story.newsdesk", b"x")
    assert caught.value.message == f"permission denied: cannot write in the folder {folder}"


def test_full_disk_keeps_old_content_and_removes_temp_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = folder / "story.newsdesk"
    path.write_bytes(b"old version")
    real_write = os.write
    calls = []

    def fill_up(fd: int, data) -> int:
        calls.append(len(data))
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data[:10]))  # a partial write, then the disk is full

    monkeypatch.setattr(atomic.os, "write", fill_up)
    with pytest.raises(StorageError) as caught:
        write_bytes(path, b"new version, longer than ten bytes")
    assert caught.value.message == "the disk is full; free some space and save again"
    assert path.read_bytes() == b"old version"
    assert os.listdir(folder) == ["story.newsdesk"]


def test_interrupted_write_removes_temp_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_bytes(folder / "story.newsdesk", b"x")
    assert os.listdir(folder) == []


def test_temp_files_left_by_a_crash_are_removed_later(folder: Path) -> None:
    old_leftover = folder / ".story.newsdesk.0123456789ab.tmp"
    fresh_leftover = folder / ".story.newsdesk.ba9876543210.tmp"
    someone_elses = folder / ".story.newsdesk.notes.tmp"
    for leftover in (old_leftover, fresh_leftover, someone_elses):
        leftover.write_bytes(b"half a file")
        os.utime(leftover, (1_000_000_000, 1_000_000_000))
    os.utime(fresh_leftover)  # now: it may be another save still in progress
    write_bytes(folder / "story.newsdesk", b"x")
    assert sorted(os.listdir(folder)) == sorted(
        [".story.newsdesk.ba9876543210.tmp", ".story.newsdesk.notes.tmp", "story.newsdesk"]
    )


def test_only_durable_writes_wait_for_the_disk(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    write_bytes(folder / "lock", b"held", durable=False)
    assert (folder / "lock").read_bytes() == b"held"
    assert synced == []
    assert list(folder.iterdir()) == [folder / "lock"]  # no temporary file left
    write_bytes(folder / "article", b"words")
    assert len(synced) == (1 if os.name == "nt" else 2)  # the file, and the folder
