"""The lock file beside an open article: who has it open, since when; stale ones taken over."""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest

from editor.storage.errors import LockedError, UnreadableLockError
from editor.storage.lock import ArticleLock, lock_path, read_lock

pytestmark = pytest.mark.fault


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.newsdesk"
    path.write_bytes(b"")
    return path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(article: Path, **holder: object) -> None:
    lock_path(article).write_text(json.dumps(holder), encoding="utf-8")


def test_lock_file_beside_article_names_user_host_pid_time(article: Path) -> None:
    with ArticleLock(article, "Writer A"):
        assert lock_path(article) == article.with_name(".~story.newsdesk#")
        holder = json.loads(lock_path(article).read_text(encoding="utf-8"))
        assert holder["user"] == "Writer A"
        assert holder["host"] == socket.gethostname()
        assert holder["pid"] == os.getpid()
        assert datetime.fromisoformat(holder["time"]).tzinfo is not None
        assert read_lock(article) == holder
    assert not lock_path(article).exists()
    assert read_lock(article) is None


def test_second_opener_is_told_who_has_it_since_when(article: Path) -> None:
    first = ArticleLock(article, "Writer A")
    first.acquire()
    since = datetime.fromisoformat(read_lock(article)["time"]).astimezone()
    with pytest.raises(LockedError) as caught:
        ArticleLock(article, "Writer B").acquire()
    host = socket.gethostname()
    account = getpass.getuser()
    assert str(caught.value) == (
        f"{article}: is open by Writer A (user {account}) on {host} since {since:%Y-%m-%d %H:%M}"
    )
    assert caught.value.holder["user"] == "Writer A"
    first.release()
    with ArticleLock(article, "Writer B"):
        assert read_lock(article)["user"] == "Writer B"


def test_lock_held_by_a_killed_process_is_taken_over(article: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from editor.storage.lock import ArticleLock\n"
            "ArticleLock(sys.argv[1], 'Writer A').acquire()\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
            str(article),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "locked\n"
        with pytest.raises(LockedError, match="is open by Writer A"):
            ArticleLock(article, "Writer B").acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
    assert read_lock(article)["pid"] == holder.pid  # the lock outlived its process
    with ArticleLock(article, "Writer B"):
        assert read_lock(article)["user"] == "Writer B"
        assert read_lock(article)["pid"] == os.getpid()


def test_stale_lock_with_dead_pid_on_this_host_is_taken_over(article: Path) -> None:
    _write_lock(article, user="Writer A", host=socket.gethostname(), pid=_dead_pid(), time="x")
    lock = ArticleLock(article, "Writer B")
    lock.acquire()
    assert read_lock(article)["user"] == "Writer B"
    assert read_lock(article)["pid"] == os.getpid()


def test_lock_from_another_host_is_not_taken_over(article: Path) -> None:
    _write_lock(
        article,
        user="Writer A",
        host="desk-laptop-7",
        pid=_dead_pid(),
        time="2026-11-28T09:30:00+00:00",
    )
    with pytest.raises(LockedError, match="is open by Writer A on desk-laptop-7 since 2026-11-28"):
        ArticleLock(article, "Writer B").acquire()


def test_force_takes_over_a_live_lock(article: Path) -> None:
    first = ArticleLock(article, "Writer A")
    first.acquire()
    second = ArticleLock(article, "Writer B")
    second.acquire(force=True)
    assert read_lock(article)["user"] == "Writer B"
    first.release()  # must not remove the lock it no longer holds
    assert read_lock(article)["user"] == "Writer B"
    second.release()
    assert read_lock(article) is None


def test_acquire_twice_by_the_same_holder_is_harmless(article: Path) -> None:
    lock = ArticleLock(article)
    lock.acquire()
    lock.acquire()
    lock.release()
    assert read_lock(article) is None
    assert sorted(os.listdir(article.parent)) == ["home", "story.newsdesk"]


def test_holder_name_in_any_script_is_shown(article: Path) -> None:
    with ArticleLock(article, "سلمى \ud800 Ж"), pytest.raises(LockedError) as caught:
        ArticleLock(article, "Writer B").acquire()
    assert "is open by سلمى \ud800 Ж (user " in caught.value.message


# --- hostile lock files: anyone who may write in the folder can leave one -----------------


def test_garbage_lock_is_a_lock_file_that_cannot_be_read(article: Path) -> None:
    lock_path(article).write_bytes(b"\x00\xff not json")
    assert read_lock(article) == {}
    with pytest.raises(UnreadableLockError) as caught:
        ArticleLock(article).acquire()
    assert caught.value.message == (
        "is locked by a lock file that cannot be read (.~story.newsdesk#)"
    )
    taken = ArticleLock(article, "Writer B")
    taken.acquire(force=True)  # what --force does
    assert read_lock(article)["user"] == "Writer B"
    taken.release()


@pytest.mark.parametrize(
    "holder",
    [{"pid": 5, "time": "now"}, {"user": ["not", "a", "name"]}, {"user": "   "}, [1, 2]],
)
def test_lock_naming_no_one_cannot_be_read(article: Path, holder: object) -> None:
    lock_path(article).write_text(json.dumps(holder), encoding="utf-8")
    with pytest.raises(UnreadableLockError, match="a lock file that cannot be read"):
        ArticleLock(article).acquire()


def test_lock_naming_pid_ten_to_the_twentieth_on_this_host_is_taken_over(article: Path) -> None:
    # No process has that id; os.kill overflowed on it and the editor could not start.
    _write_lock(article, user="Writer A", host=socket.gethostname(), pid=10**20, time="x")
    with ArticleLock(article, "Writer B"):
        assert read_lock(article)["user"] == "Writer B"


@pytest.mark.parametrize("pid", [-(10**20), "12", 1.5, [os.getpid()], True, None])
def test_lock_with_a_pid_that_is_no_process_id_still_names_its_holder(
    article: Path, pid: object
) -> None:
    _write_lock(article, user="Writer A", host="desk-laptop-7", pid=pid, time="x")
    with pytest.raises(LockedError, match="is open by Writer A on desk-laptop-7"):
        ArticleLock(article, "Writer B").acquire()


def test_lock_file_that_is_a_named_pipe_does_not_block(article: Path) -> None:
    fifo = lock_path(article)
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def acquire() -> None:
        try:
            ArticleLock(article, "Writer B").acquire()
            outcome.append(None)
        except BaseException as failure:  # handed to the test's thread
            outcome.append(failure)

    worker = threading.Thread(target=acquire, daemon=True)
    worker.start()
    worker.join(timeout=1.0)
    if worker.is_alive():
        # Blocked opening the pipe for reading: a writer's open lets it go, then fail.
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=5.0)
        pytest.fail("reading a lock file that is a named pipe blocked")
    assert isinstance(outcome[0], UnreadableLockError)
    assert read_lock(article) == {}
    lock = ArticleLock(article, "Writer B")
    lock.acquire(force=True)  # taking it over reads the moved pipe too: no blocking
    assert read_lock(article)["user"] == "Writer B"
    lock.release()
    assert sorted(os.listdir(article.parent)) == ["home", "story.newsdesk"]


def test_lock_taken_over_while_held_is_noticed_before_writing(article: Path) -> None:
    first = ArticleLock(article, "Writer A")
    first.acquire()
    first.check()
    ArticleLock(article, "Writer B").acquire(force=True)
    with pytest.raises(LockedError, match="is open by Writer B"):
        first.check()


def _holder_without_getpass(article: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The holder a lock names when getpass cannot be imported (as at the editor's start)."""
    # getpass (and termios) cost the editor's start; the account is read as getpass would.
    monkeypatch.setitem(sys.modules, "getpass", None)
    lock = ArticleLock(article)
    lock.acquire()
    holder = read_lock(article)
    lock.release()
    assert holder is not None
    return holder


def _no_login_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(variable, raising=False)


def test_lock_names_the_login_without_getpass(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_login_variables(monkeypatch)
    monkeypatch.setenv("USER", "desk-writer")
    holder = _holder_without_getpass(article, monkeypatch)
    assert holder["account"] == "desk-writer"
    assert holder["user"] == "desk-writer"


def test_lock_names_the_account_getpass_gives_without_login_variables(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_login_variables(monkeypatch)
    try:
        expected = getpass.getuser()
    except (KeyError, OSError):
        expected = "unknown user"
    assert _holder_without_getpass(article, monkeypatch)["account"] == expected
