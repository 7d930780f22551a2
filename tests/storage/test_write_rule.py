"""The one rule for writing an article: lock, unchanged on disk, not read-only, backup, atomic."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from unprivileged import as_unprivileged

from editor.storage import container
from editor.storage.errors import (
    DISK_FULL,
    PERMISSION_DENIED,
    BackupError,
    ChangedOnDiskError,
    LockedError,
    ReadOnlyFileError,
)
from editor.storage.folders import UserFolders
from editor.storage.lock import ArticleLock, read_lock
from editor.storage.writing import load_for_writing, write_article
from editor.text.template import new_article

pytestmark = pytest.mark.fault


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """An article saved once, in a folder of its own."""
    folder = tmp_path / "articles"
    folder.mkdir()
    article = new_article("en")
    article.id = "story-1"
    article.headline = "The river port reopens"
    path = folder / "story.newsdesk"
    container.save(article, path)
    return path


def _changed(path: Path, headline: str) -> None:
    """Another program rewrites the article with a new headline."""
    article = container.load(path)
    article.headline = headline
    container.save(article, path)


def test_written_article_keeps_the_last_version_as_backup(
    story: Path, user_folders: UserFolders
) -> None:
    opened = load_for_writing(story)
    opened.article.headline = "The river port reopens on Monday"
    outcome = write_article(
        opened.article, story, folders=user_folders, expected=opened.fingerprint
    )
    assert container.load(story).headline == "The river port reopens on Monday"
    assert outcome.backup is not None and container.load(outcome.backup).headline == (
        "The river port reopens"
    )
    assert outcome.backup_failure is None
    assert outcome.fingerprint.sha256 == load_for_writing(story).fingerprint.sha256
    assert read_lock(story) is None  # the lock taken for the write is given back


def test_the_fingerprint_of_a_write_lets_the_next_write_through(
    story: Path, user_folders: UserFolders
) -> None:
    opened = load_for_writing(story)
    expected = opened.fingerprint
    for number in range(3):
        opened.article.headline = f"Version {number}"
        expected = write_article(
            opened.article, story, folders=user_folders, expected=expected
        ).fingerprint
    assert container.load(story).headline == "Version 2"


def test_article_locked_by_another_holder_is_refused_with_the_holders_name(
    story: Path, user_folders: UserFolders
) -> None:
    opened = load_for_writing(story)
    before = story.read_bytes()
    with ArticleLock(story, "Writer A"):
        opened.article.headline = "Lost update"
        with pytest.raises(LockedError, match="is open by Writer A") as caught:
            write_article(opened.article, story, folders=user_folders, expected=None)
        assert caught.value.holder["user"] == "Writer A"
        assert story.read_bytes() == before
        # force: only where the user asked for it
        write_article(opened.article, story, folders=user_folders, expected=None, force=True)
    assert container.load(story).headline == "Lost update"


def test_the_caller_s_own_lock_is_used_and_kept(story: Path, user_folders: UserFolders) -> None:
    with ArticleLock(story, "Writer A") as lock:
        opened = load_for_writing(story)
        opened.article.headline = "Mine"
        write_article(
            opened.article, story, folders=user_folders, expected=opened.fingerprint, lock=lock
        )
        assert read_lock(story)["user"] == "Writer A"
    assert container.load(story).headline == "Mine"


def test_file_changed_on_disk_since_it_was_read_is_not_overwritten(
    story: Path, user_folders: UserFolders
) -> None:
    opened = load_for_writing(story)
    _changed(story, "Approved by the editor")
    opened.article.headline = "Stale copy"
    with pytest.raises(ChangedOnDiskError) as caught:
        write_article(opened.article, story, folders=user_folders, expected=opened.fingerprint)
    assert caught.value.message.startswith("was changed on disk since it was read")
    assert caught.value.found is not None
    assert caught.value.found.sha256 != opened.fingerprint.sha256
    assert container.load(story).headline == "Approved by the editor"


def test_same_size_change_with_the_old_time_put_back_is_found_by_its_hash(
    story: Path, user_folders: UserFolders
) -> None:
    opened = load_for_writing(story)
    data = bytearray(story.read_bytes())
    at = data.index(b"application/")  # the stored mimetype: bytes to change in place
    data[at : at + 11] = b"APPLICATION"  # same size, other bytes: an in-place rewrite
    with open(story, "r+b") as stream:  # in place: same file, same inode
        stream.write(data)
    os.utime(story, ns=(opened.fingerprint.mtime_ns, opened.fingerprint.mtime_ns))
    with pytest.raises(ChangedOnDiskError):
        write_article(opened.article, story, folders=user_folders, expected=opened.fingerprint)
    assert story.read_bytes() == bytes(data)


def test_file_touched_but_unchanged_is_written(story: Path, user_folders: UserFolders) -> None:
    opened = load_for_writing(story)
    os.utime(story, ns=(10**18, 10**18))
    opened.article.headline = "Written"
    write_article(opened.article, story, folders=user_folders, expected=opened.fingerprint)
    assert container.load(story).headline == "Written"


def test_file_deleted_since_it_was_read_is_not_written_back(
    story: Path, user_folders: UserFolders
) -> None:
    opened = load_for_writing(story)
    story.unlink()
    with pytest.raises(ChangedOnDiskError, match="deleted or moved"):
        write_article(opened.article, story, folders=user_folders, expected=opened.fingerprint)
    assert not story.exists()


def test_read_only_file_is_refused_and_left_as_it_was(
    story: Path, user_folders: UserFolders
) -> None:
    opened = load_for_writing(story)
    before = story.read_bytes()
    story.chmod(0o444)
    opened.article.headline = "Replaced?"
    with pytest.raises(ReadOnlyFileError) as caught:
        write_article(opened.article, story, folders=user_folders, expected=opened.fingerprint)
    assert str(caught.value) == f"{story}: is a read-only file; nothing was written"
    assert story.read_bytes() == before
    assert sorted(os.listdir(story.parent)) == ["story.newsdesk"]


def test_unwritable_backups_folder_does_not_stop_the_save(
    story: Path, user_folders: UserFolders
) -> None:
    user_folders.backups.mkdir(parents=True)
    opened = load_for_writing(story)
    opened.article.headline = "Saved all the same"
    user_folders.backups.chmod(0o000)
    try:
        outcome = as_unprivileged(
            lambda: write_article(
                opened.article, story, folders=user_folders, expected=opened.fingerprint
            )
        )
    finally:
        user_folders.backups.chmod(0o700)
    assert container.load(story).headline == "Saved all the same"
    failure = outcome.backup_failure
    assert isinstance(failure, BackupError) and failure.reason == PERMISSION_DENIED
    assert failure.message.startswith("no backup was kept: permission denied")
    assert outcome.backup is None


def test_full_backup_disk_does_not_stop_the_save(
    story: Path, user_folders: UserFolders, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = load_for_writing(story)
    opened.article.headline = "Saved on its own disk"
    backups = str(user_folders.backups)
    real_open, real_write, real_close = os.open, os.write, os.close
    in_backups: set[int] = set()
    tried: list[int] = []

    def open_(path: object, *args: object, **kwargs: object) -> int:
        fd = real_open(path, *args, **kwargs)  # type: ignore[arg-type]
        if str(path).startswith(backups):
            in_backups.add(fd)
        return fd

    def write(fd: int, data: bytes) -> int:
        if fd in in_backups:
            tried.append(fd)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    def close(fd: int) -> None:
        in_backups.discard(fd)  # the number is reused by the next file opened
        real_close(fd)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "write", write)
    monkeypatch.setattr(os, "close", close)
    outcome = write_article(
        opened.article, story, folders=user_folders, expected=opened.fingerprint
    )
    monkeypatch.undo()
    assert tried  # the backup was tried
    assert container.load(story).headline == "Saved on its own disk"
    assert outcome.backup_failure is not None
    assert outcome.backup_failure.reason == DISK_FULL
    assert container.backups(user_folders, "story-1") == []


def test_load_for_writing_reads_the_file_once(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.storage import writing

    reads: list[Path] = []
    real = writing.read_regular

    def counted(path: Path, limit: int) -> bytes:
        reads.append(Path(path))
        return real(path, limit)

    monkeypatch.setattr(writing, "read_regular", counted)
    opened = writing.load_for_writing(story)
    assert reads == [story]
    assert opened.fingerprint.size == story.stat().st_size


def test_a_new_file_locked_under_another_spelling_is_written_under_that_lock(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    target = folder / "new.newsdesk"
    article = new_article("en")
    article.headline = "First save"
    with ArticleLock(target, "Writer A") as lock:
        # Not written yet, so not comparable by identity: the same file all the same.
        other_spelling = folder / ".." / "articles" / "new.newsdesk"
        write_article(article, other_spelling, folders=user_folders, expected=None, lock=lock)
        assert read_lock(target)["user"] == "Writer A"
    assert container.load(target).headline == "First save"
    assert read_lock(target) is None


def test_change_within_the_time_resolution_of_a_slow_read_is_found_by_its_hash(
    story: Path, user_folders: UserFolders, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time
    import types

    from editor.storage import writing

    # A parse that takes long (a big article, a slow machine): the clock moves on meanwhile.
    clock = [time.time_ns()]
    monkeypatch.setattr(writing, "time", types.SimpleNamespace(time_ns=lambda: clock[0]))
    real_loads = writing.container.loads

    def slow_loads(*args: object) -> object:
        clock[0] += 10 * 1_000_000_000
        return real_loads(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(writing.container, "loads", slow_loads)
    os.utime(story, ns=(clock[0], clock[0]))  # written just before it was read
    opened = load_for_writing(story)
    monkeypatch.undo()
    # Rewritten in place right after the read, on a disk whose clock is too coarse to show
    # it: the same size and the same time.
    data = bytearray(story.read_bytes())
    at = data.index(b"application/")
    data[at : at + 11] = b"APPLICATION"
    with open(story, "r+b") as stream:
        stream.write(data)
    os.utime(story, ns=(opened.fingerprint.mtime_ns, opened.fingerprint.mtime_ns))
    opened.article.headline = "Stale copy"
    with pytest.raises(ChangedOnDiskError):
        write_article(opened.article, story, folders=user_folders, expected=opened.fingerprint)
    assert story.read_bytes() == bytes(data)


def test_a_write_stamps_the_articles_modified_time_and_keeps_when_it_was_made(
    tmp_path: Path,
) -> None:
    # The modified time stayed the time the article was made, in the file, the library and
    # an export's dateModified (seen as a writer saving twice).
    import time

    from editor.model.article import time_of

    article = new_article("en")
    article.headline = "Will the port reopen?"
    article.meta.created = article.meta.modified = "2020-01-01T00:00:00+00:00"
    path = tmp_path / "port.newsdesk"
    before = time.time()
    outcome = write_article(article, path, folders=None, expected=None)
    saved = container.load(path)
    assert saved.meta.created == "2020-01-01T00:00:00+00:00"
    assert saved.meta.modified == outcome.modified
    moment = time_of(saved.meta.modified)
    assert moment is not None and before - 1 <= moment.timestamp() <= time.time() + 1
    # The caller's article is not changed behind its back; only the file says when.
    assert article.meta.modified == "2020-01-01T00:00:00+00:00"
    assert saved.headline == article.headline
