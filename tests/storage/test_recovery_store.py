"""Recovery copies: written beside nothing of the user's, listed, restored, discarded."""

from __future__ import annotations

import os
from pathlib import Path

from editor.storage import container
from editor.storage.folders import UserFolders
from editor.storage.recovery import RecoveryStore
from editor.text.template import new_article


def test_recovery_copy_never_touches_the_users_file(
    tmp_path: Path, user_folders: UserFolders
) -> None:
    source = tmp_path / "story.newsdesk"
    saved = new_article("ru")
    saved.headline = "Мост"
    container.save(saved, source)
    before = source.read_bytes()
    edited = saved
    edited.headline = "Мост через залив: праздник или долг?"
    store = RecoveryStore(user_folders)
    copy = store.write(edited, source)
    assert copy.parent == user_folders.state / "recovery"
    assert source.read_bytes() == before
    (entry,) = store.entries()
    assert entry.path == copy
    assert entry.source == source
    assert entry.headline == "Мост через залив: праздник или долг?"
    assert entry.saved
    assert entry.error is None
    assert store.load(entry) == edited


def test_unsaved_article_has_no_source(user_folders: UserFolders) -> None:
    store = RecoveryStore(user_folders)
    store.write(new_article("en"), None)
    (entry,) = store.entries()
    assert entry.source is None


def test_autosaving_again_replaces_the_copy(user_folders: UserFolders) -> None:
    store = RecoveryStore(user_folders)
    article = new_article("en")
    for number in range(3):
        article.headline = f"Draft {number}"
        store.write(article, None)
    (entry,) = store.entries()
    assert entry.headline == "Draft 2"


def test_discard_removes_the_copy(user_folders: UserFolders) -> None:
    store = RecoveryStore(user_folders)
    store.write(new_article("en"), None)
    (entry,) = store.entries()
    store.discard(entry)
    assert store.entries() == []
    assert list((user_folders.state / "recovery").iterdir()) == []


def test_corrupt_copy_is_listed_with_its_error(user_folders: UserFolders) -> None:
    store = RecoveryStore(user_folders)
    good = new_article("ar")
    good.headline = "هل تحل الجامعات الخاصة أزمة القبول؟"
    store.write(good, None)
    (user_folders.state / "recovery" / "broken.newsdesk").write_bytes(b"PK\x03\x04 torn")
    entries = {entry.path.name: entry for entry in store.entries()}
    assert entries["broken.newsdesk"].error == (
        "is damaged: it ends too soon (cut short while written or copied?)"
    )
    assert entries["broken.newsdesk"].source is None
    assert entries[f"{good.id}.newsdesk"].headline == good.headline
    assert entries[f"{good.id}.newsdesk"].error is None


def test_empty_store_lists_nothing(user_folders: UserFolders) -> None:
    assert RecoveryStore(user_folders).entries() == []


def test_a_pipe_in_place_of_a_copys_details_does_not_hang_the_listing(
    user_folders: UserFolders,
) -> None:
    import os
    import threading

    store = RecoveryStore(user_folders)
    copy = store.write(new_article("en"), None)
    details = copy.with_suffix(".json")
    details.unlink()
    os.mkfifo(details)
    listed: list[object] = []
    worker = threading.Thread(target=lambda: listed.extend(store.entries()), daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "listing the recovery copies waited on a named pipe"
    (entry,) = listed
    assert entry.path == copy  # still listed, only without its details


def test_a_copy_another_running_editor_writes_is_in_use_and_a_dead_ones_is_not(
    user_folders: UserFolders,
) -> None:
    # A second editor offered back the unsaved work of one still running (a trial).
    import json
    import subprocess
    import sys

    from editor.storage.lock import host_name

    store = RecoveryStore(user_folders)
    article = new_article("en")
    path = store.write(article, None)
    sidecar = path.with_suffix(".json")
    info = json.loads(sidecar.read_text(encoding="utf-8"))
    assert info["pid"] == os.getpid() and info["host"] == host_name()
    (entry,) = store.entries()
    assert not entry.in_use  # this process's own: the workspace knows its windows
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        sidecar.write_text(json.dumps({**info, "pid": running.pid}), encoding="utf-8")
        (entry,) = store.entries()
        assert entry.in_use
    finally:
        running.kill()
        running.wait()
    (entry,) = store.entries()
    assert not entry.in_use  # that editor ended: its copy is a crash's, offered back
    sidecar.write_text(json.dumps({**info, "host": "elsewhere"}), encoding="utf-8")
    (entry,) = store.entries()
    assert not entry.in_use  # another computer's process cannot be asked: offered
