"""Commands that write an article (status, comments --from-docx, import --force) obey the lock.

The lost update of issue 14: an editor holds the article, `status` approves it behind the
editor's back, and the editor's next save wipes the approval. Every writer now takes the
lock, checks the file is the one it read, refuses a read-only file and keeps a backup.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from unprivileged import as_unprivileged

from editor.cli import main
from editor.model import Article, Section
from editor.model.review import add_comment
from editor.render import docx as docx_writer
from editor.render.build import build_document
from editor.render.styles import HouseStyle, Include
from editor.storage import container
from editor.storage.folders import UserFolders
from editor.storage.lock import lock_path, read_lock

pytestmark = pytest.mark.fault

HOLDER = (
    "import sys\n"
    "from editor.storage.lock import ArticleLock\n"
    "held = []\n"
    "for line in sys.stdin:\n"
    "    held.append(ArticleLock(line.rstrip('\\n'), 'Writer A'))\n"
    "    held[-1].acquire()\n"
    "    print('locked', flush=True)\n"
)


@pytest.fixture(scope="module")
def editor_holds() -> Iterator[Callable[[Path], None]]:
    """Another live process (as an editor would) that locks each file it is given."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdin is not None and process.stdout is not None

    def hold(path: Path) -> None:
        process.stdin.write(f"{path}\n")  # type: ignore[union-attr]
        process.stdin.flush()  # type: ignore[union-attr]
        assert process.stdout.readline() == "locked\n"  # type: ignore[union-attr]

    try:
        yield hold
    finally:
        process.kill()
        process.wait()
        process.stdin.close()
        process.stdout.close()


def _article_file(folder: Path) -> Path:
    article = Article(
        headline="Will the river port reopen?",
        sections=[Section("news", "News:", "The ministry announced the date on Monday.")],
    )
    article.id = "port-1"
    article.byline.author = "Writer Two"
    path = folder / "port.newsdesk"
    container.save(article, path)
    return path


def _reviewed_docx(path: Path) -> Path:
    """A DOCX of the article with one reviewer comment; the article itself keeps none."""
    article = container.load(path)
    add_comment(article, "sections/0", 4, 12, "Which ministry?", "Reviewer One")
    style = HouseStyle(include=Include(comments=True))
    buffer = io.BytesIO()
    docx_writer.write(build_document(article, style), style, buffer)
    reviewed = path.with_name("reviewed.docx")
    reviewed.write_bytes(buffer.getvalue())
    return reviewed


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_status_of_an_article_an_editor_holds_is_refused_with_the_holders_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], editor_holds: Callable[[Path], None]
) -> None:
    path = _article_file(tmp_path)
    editor_holds(path)
    before = path.read_bytes()
    code, out, err = run(capsys, "status", str(path), "in_review")
    assert code == 2 and out == ""
    host = socket.gethostname()
    assert err.startswith(f"newsdesk: {path}: is open by Writer A (user ")
    assert f" on {host} since " in err and err.endswith("; nothing was written\n")
    assert path.read_bytes() == before
    # --force, only when the user asks: the lock is taken over and the status moves
    code, out, err = run(capsys, "status", str(path), "in_review", "--force")
    assert code == 0 and err == ""
    assert container.load(path).meta.status == "in_review"


def test_comments_from_docx_into_an_article_an_editor_holds_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], editor_holds: Callable[[Path], None]
) -> None:
    path = _article_file(tmp_path)
    reviewed = _reviewed_docx(path)
    editor_holds(path)
    before = path.read_bytes()
    code, out, err = run(capsys, "comments", str(path), "--from-docx", str(reviewed))
    assert code == 2 and out == ""
    assert err.startswith(f"newsdesk: {path}: is open by Writer A (user ")
    assert path.read_bytes() == before
    assert read_lock(path)["user"] == "Writer A"


def test_status_does_not_overwrite_a_change_made_on_disk_while_it_worked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.model import review

    path = _article_file(tmp_path)
    real = review.change_status

    def and_meanwhile(article: Article, *args: object, **kwargs: object) -> object:
        other = container.load(path)  # someone else saves the article meanwhile
        other.headline = "Will the river port reopen in May?"
        container.save(other, path)
        return real(article, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(review, "change_status", and_meanwhile)
    code, _out, err = run(capsys, "status", str(path), "in_review")
    assert code == 2
    assert err.startswith(f"newsdesk: {path}: was changed on disk since it was read")
    assert container.load(path).headline == "Will the river port reopen in May?"
    assert container.load(path).meta.status == "draft"


def test_comments_from_docx_does_not_overwrite_a_change_made_on_disk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.importing import docx_comments

    path = _article_file(tmp_path)
    reviewed = _reviewed_docx(path)
    real = docx_comments.import_comments

    def and_meanwhile(article: Article, *args: object, **kwargs: object) -> object:
        other = container.load(path)
        other.headline = "Changed in the editor"
        container.save(other, path)
        return real(article, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(docx_comments, "import_comments", and_meanwhile)
    code, _out, err = run(capsys, "comments", str(path), "--from-docx", str(reviewed))
    assert code == 2 and "was changed on disk since it was read" in err
    assert container.load(path).headline == "Changed in the editor"
    assert container.load(path).comments == []


def test_status_keeps_the_version_it_replaces_as_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], user_folders: UserFolders
) -> None:
    path = _article_file(tmp_path)
    before = path.read_bytes()
    code, _out, _err = run(capsys, "status", str(path), "in_review")
    assert code == 0
    (kept,) = container.backups(user_folders, "port-1")
    assert kept.read_bytes() == before


def test_status_refuses_a_read_only_file_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _article_file(tmp_path)
    path.chmod(0o444)
    before = path.read_bytes()
    code, out, err = run(capsys, "status", str(path), "in_review")
    assert (code, out) == (2, "")
    assert err == f"newsdesk: {path}: is a read-only file; nothing was written\n"
    assert path.read_bytes() == before
    assert path.stat().st_mode & 0o777 == 0o444


def test_import_force_does_not_replace_a_read_only_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _article_file(tmp_path)
    path.chmod(0o444)
    before = path.read_bytes()
    draft = tmp_path / "port.txt"
    draft.write_text("A headline\n\nA paragraph.\n", encoding="utf-8")
    code, _out, err = run(capsys, "import", str(draft), "-o", str(path), "--force")
    assert code == 2 and "is a read-only file" in err
    assert path.read_bytes() == before


def test_status_saves_and_warns_when_the_backups_folder_is_unwritable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], user_folders: UserFolders
) -> None:
    path = _article_file(tmp_path)
    user_folders.backups.mkdir(parents=True)
    user_folders.backups.chmod(0o000)
    try:
        code = as_unprivileged(main, ["status", str(path), "in_review"])
    finally:
        user_folders.backups.chmod(0o700)
    captured = capsys.readouterr()
    assert code == 0
    assert container.load(path).meta.status == "in_review"
    assert captured.err == (
        f"newsdesk: warning: {path}: saved, but no backup was kept: permission denied: "
        f"cannot write in the folder {user_folders.backups}\n"
    )


def test_a_garbage_lock_is_named_and_force_takes_it_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _article_file(tmp_path)
    lock_path(path).write_bytes(b"\xff\xfe garbage")
    code, _out, err = run(capsys, "status", str(path), "in_review")
    assert code == 2
    assert err == (
        f"newsdesk: {path}: is locked by a lock file that cannot be read (.~port.newsdesk#); "
        "if no one has it open, use --force to take the lock over\n"
    )
    assert run(capsys, "status", str(path), "in_review", "--force")[0] == 0
    assert container.load(path).meta.status == "in_review"
    assert not lock_path(path).exists()


def test_a_lock_that_is_a_named_pipe_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _article_file(tmp_path)
    os.mkfifo(lock_path(path))
    started = time.monotonic()
    code, _out, err = run(capsys, "status", str(path), "in_review")
    assert time.monotonic() - started < 1.0
    assert code == 2 and "a lock file that cannot be read" in err
    assert container.load(path).meta.status == "draft"


def test_a_lock_naming_pid_ten_to_the_twentieth_does_not_crash_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    path = _article_file(tmp_path)
    lock = {"user": "Writer A", "host": socket.gethostname(), "pid": 10**20, "time": "x"}
    lock_path(path).write_text(json.dumps(lock), encoding="utf-8")
    code, _out, err = run(capsys, "status", str(path), "in_review")
    assert (code, err) == (0, "")  # no process has that id: a stale lock, taken over
    assert container.load(path).meta.status == "in_review"


def test_export_stops_at_the_checklists_errors_unless_forced(tmp_path: Path, capsys) -> None:
    # An article made by `new` and never written: the window would not export it without
    # "Export anyway"; the command line wrote seven empty files and said nothing.
    path = tmp_path / "empty.newsdesk"
    assert main(["new", "-o", str(path)]) == 0
    out = tmp_path / "out"
    capsys.readouterr()
    assert main(["export", str(path), "--format", "html,docx", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: headline: The headline is empty." in err
    assert "nothing exported" in err and "--force" in err
    assert not out.exists() or not list(out.iterdir())
    assert main(["export", str(path), "--format", "html,docx", "--out", str(out), "--force"]) == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".html"]


def test_an_edition_not_yet_written_is_not_exported_and_is_named(tmp_path: Path, capsys) -> None:
    from editor.importing.draft import import_draft
    from editor.resources import resource_path
    from editor.storage import container

    source = import_draft(resource_path("samples") / "ferry-line-en.txt").article
    path = tmp_path / "ferry.newsdesk"
    container.save(source, path)
    assert main(["editions", str(path), "--new", "ar"]) == 0
    capsys.readouterr()
    out = tmp_path / "out"
    code = main(["export", str(path), "--edition", "all", "--format", "html", "--out", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    # Not written at all: what it lacks first of all is its translation.
    assert f"{path}: [ar] the edition has " in err and "not translated yet" in err


def test_export_never_writes_over_a_file_unless_told(tmp_path: Path, capsys) -> None:
    # A reviewer's DOCX saved beside the exports was replaced without a word (a trial);
    # import already refused, and the window asks.
    from editor.importing.draft import import_draft
    from editor.resources import resource_path
    from editor.storage import container

    path = tmp_path / "ferry.newsdesk"
    container.save(import_draft(resource_path("samples") / "ferry-line-en.txt").article, path)
    out = tmp_path / "out"
    assert main(["export", str(path), "--format", "html,md", "--out", str(out)]) == 0
    (page,) = out.glob("*.html")
    page.write_text("the reviewer's copy", encoding="utf-8")
    capsys.readouterr()
    assert main(["export", str(path), "--format", "html,md", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{page}: exists already" in err
    assert "nothing exported" in err and "--existing replace" in err
    assert page.read_text(encoding="utf-8") == "the reviewer's copy"
    assert main(["export", str(path), "--format", "html", "--out", str(out),
                 "--existing", "keep"]) == 0  # fmt: skip
    assert page.read_text(encoding="utf-8") == "the reviewer's copy"
    assert len(list(out.glob("*.html"))) == 2
    assert main(["export", str(path), "--format", "html", "--out", str(out),
                 "--existing", "replace"]) == 0  # fmt: skip
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("value", ["9" * 5000, "²", "0", "-1", "1.5"])
def test_a_revision_that_is_no_number_is_one_error_line(
    tmp_path: Path, capsys, value: str
) -> None:
    # A fuzzed command line gave 5,000 digits: int() raised past its 4,300-digit limit and
    # the command ended in a traceback.
    path = tmp_path / "a.newsdesk"
    assert main(["new", "-o", str(path)]) == 0
    capsys.readouterr()
    code = main(["export", str(path), "--format", "docx", "--changes-since", value,
                 "--out", str(tmp_path / "out")])  # fmt: skip
    assert code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "give a revision number or 'approved'" in line and len(line) < 200


def test_exporting_a_draft_says_to_import_it(tmp_path: Path, capsys) -> None:
    # "newsdesk export" of the sample .txt and .md drafts said only "not a Newsdesk
    # article (not a ZIP container)" (a trial): the way to an article is "import".
    import shutil

    from editor.resources import resource_path

    draft = tmp_path / "market-tr.md"
    shutil.copy(resource_path("samples") / "market-tr.md", draft)
    code = main(["export", str(draft), "--format", "html", "--out", str(tmp_path / "out")])
    assert code == 2  # nothing exported: no article read
    err = capsys.readouterr().err
    assert f"{draft}: is not a Newsdesk article (not a ZIP container)" in err
    assert f"(a draft? newsdesk import {draft} makes an article of it)" in err
    # An article's own damage is told as it was, without the hint.
    (tmp_path / "torn.newsdesk").write_bytes(b"junk")
    assert main(["show", str(tmp_path / "torn.newsdesk")]) == 2
    assert "a draft?" not in capsys.readouterr().err
