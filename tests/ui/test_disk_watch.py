"""The window and its file on disk: changes by someone else are said at once, never overwritten.

A synchronised folder, a command run in a terminal, a second copy of the program: while the
window has an article open, its file may change. The window says so as soon as it happens,
offers to load the version on disk, compare or save a copy, and Save asks before replacing
the other version. While it holds the article, the command line, the library's status
change and a second window are refused with the holder's name.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from newsdesk_process import run_newsdesk
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTextBrowser
from ui_articles import english_article

from editor.model import Status
from editor.storage.container import load, save
from editor.ui.window import disk_watch
from editor.ui.window.workspace import TAKE_OVER

pytestmark = pytest.mark.fault

REPO = Path(__file__).resolve().parents[2]


def open_started(qtbot, workspace, path: Path):
    """Open a file in a window and wait until it watches its file (after the first paint)."""
    window = workspace.open_file(path)
    assert window is not None
    qtbot.waitUntil(lambda: window.disk.watching(), timeout=5000)
    return window


def saved_article(tmp_path: Path, name: str = "story.newsdesk") -> Path:
    path = tmp_path / name
    save(english_article(), path)
    return path


def change_on_disk(path: Path, headline: str) -> None:
    """Change the file as another program would (its own save, not this window's)."""
    article = load(path)
    article.headline = headline
    save(article, path)


def type_headline(window, text: str) -> None:
    window.form.headline.editor.setPlainText(text)


def test_a_change_on_disk_is_shown_at_once_with_what_can_be_done(qtbot, workspace, tmp_path):
    path = saved_article(tmp_path)
    window = open_started(qtbot, workspace, path)
    assert window.disk.notice() == ""
    change_on_disk(path, "Changed in a terminal")
    qtbot.waitUntil(lambda: window.disk.notice() != "", timeout=5000)
    assert window.disk.notice() == (
        "“story.newsdesk” was changed by another program since you opened it."
    )
    shown = [action.text() for action in window.disk._bar.actions() if action.isVisible()]
    assert shown[-4:] == ["Load the version on disk", "Compare", "Save a copy…", "Keep editing"]


def test_keep_editing_hides_the_notice_until_the_file_changes_again(qtbot, workspace, tmp_path):
    path = saved_article(tmp_path)
    window = open_started(qtbot, workspace, path)
    change_on_disk(path, "Changed in a terminal")
    qtbot.waitUntil(lambda: window.disk.notice() != "", timeout=5000)
    window.disk.dismiss_action.trigger()
    assert window.disk.notice() == ""
    # Another look at the same change (any file in the folder changing brings one).
    (tmp_path / "other.txt").write_text("another file", encoding="utf-8")
    qtbot.wait(disk_watch.SETTLE_MS * 3)
    assert not window.disk.check()
    assert window.disk.notice() == ""
    change_on_disk(path, "Changed in a terminal again")
    qtbot.waitUntil(lambda: window.disk.notice() != "", timeout=5000)
    assert window.disk.notice() == (
        "“story.newsdesk” was changed by another program since you opened it."
    )


def test_the_windows_own_save_is_not_taken_for_a_change(qtbot, workspace, tmp_path):
    path = saved_article(tmp_path)
    window = open_started(qtbot, workspace, path)
    type_headline(window, "Typed in the window")
    assert window.save()
    qtbot.wait(disk_watch.SETTLE_MS * 3)
    assert window.disk.check()
    assert window.disk.notice() == ""
    assert load(path).headline == "Typed in the window"


def test_save_never_replaces_a_change_on_disk_without_asking(
    qtbot, workspace, tmp_path, monkeypatch
):
    path = saved_article(tmp_path)
    window = open_started(qtbot, workspace, path)
    type_headline(window, "Typed in the window")
    change_on_disk(path, "Changed in a terminal")
    asked: list[Path] = []

    def cancel(_parent, asked_path):
        asked.append(asked_path)
        return disk_watch.CANCEL

    monkeypatch.setattr(disk_watch, "ask_overwrite", cancel)
    assert not window.save()
    assert asked == [path]
    assert load(path).headline == "Changed in a terminal"
    assert window.isWindowModified()

    monkeypatch.setattr(disk_watch, "ask_overwrite", lambda *_: disk_watch.OVERWRITE)
    assert window.save()
    assert load(path).headline == "Typed in the window"


def test_save_a_copy_keeps_both_versions(qtbot, workspace, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    path = saved_article(tmp_path)
    window = open_started(qtbot, workspace, path)
    type_headline(window, "Typed in the window")
    change_on_disk(path, "Changed in a terminal")
    copy = tmp_path / "story copy.newsdesk"
    monkeypatch.setattr(disk_watch, "ask_overwrite", lambda *_: disk_watch.SAVE_COPY)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(copy), ""))
    )
    assert window.save()
    assert load(path).headline == "Changed in a terminal"
    assert load(copy).headline == "Typed in the window"
    assert window.path() == copy


def test_load_the_version_on_disk_replaces_the_window_and_keeps_the_lock(
    qtbot, workspace, tmp_path, monkeypatch
):
    from editor.storage.lock import read_lock

    path = saved_article(tmp_path)
    window = open_started(qtbot, workspace, path)
    token = read_lock(path)["token"]
    type_headline(window, "Typed in the window")
    change_on_disk(path, "Changed in a terminal")
    qtbot.waitUntil(lambda: window.disk.notice() != "", timeout=5000)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    )
    window.disk.reload_action.trigger()
    qtbot.waitUntil(lambda: window not in workspace.windows, timeout=5000)
    fresh = workspace.windows[-1]
    assert fresh.article().headline == "Changed in a terminal"
    assert fresh.form.headline.editor.toPlainText() == "Changed in a terminal"
    assert not fresh.isWindowModified()
    assert read_lock(path)["token"] == token  # handed over, never let go
    # The new window knows the file as it is now: its next save goes through.
    qtbot.waitUntil(lambda: fresh.disk.watching(), timeout=5000)
    type_headline(fresh, "Typed after loading")
    assert fresh.save()
    assert load(path).headline == "Typed after loading"


def test_compare_shows_both_versions_part_by_part(qtbot, workspace, tmp_path):
    path = saved_article(tmp_path)
    window = open_started(qtbot, workspace, path)
    type_headline(window, "Typed in the window")
    change_on_disk(path, "Changed in a terminal")
    qtbot.waitUntil(lambda: window.disk.notice() != "", timeout=5000)
    window.disk.compare_action.trigger()
    dialog = window.findChild(QDialog, "diskCompare")
    assert dialog is not None and dialog.isVisible()
    view = dialog.findChild(QTextBrowser, "diskCompareView")
    text = view.toPlainText()
    assert "Headline" in text
    assert "terminal" in text and "window" in text
    html = view.toHtml()
    assert "terminal" in html and "window" in html
    dialog.close()


def test_a_failed_backup_does_not_stop_the_save_and_is_said(qtbot, workspace, tmp_path):
    path = saved_article(tmp_path)
    window = open_started(qtbot, workspace, path)
    # A file where the backups folder should be: no backup can be kept.
    backups = workspace.folders.backups
    backups.parent.mkdir(parents=True, exist_ok=True)
    backups.write_text("not a folder", encoding="utf-8")
    type_headline(window, "Typed in the window")
    assert window.save()
    assert load(path).headline == "Typed in the window"
    assert window.disk.notice() == (
        "Saved, but no backup of the previous version was kept. "
        "The backups folder could not be written to."
    )
    assert window._state_label.text() == "Saved without a backup"


def test_a_deleted_file_is_said_and_save_writes_it_again(qtbot, workspace, tmp_path):
    path = saved_article(tmp_path)
    window = open_started(qtbot, workspace, path)
    os.remove(path)
    qtbot.waitUntil(lambda: window.disk.notice() != "", timeout=5000)
    assert "was deleted or moved by another program" in window.disk.notice()
    assert window.save()
    assert load(path).headline == english_article().headline


def test_an_unreadable_lock_can_be_taken_over(qtbot, workspace, tmp_path, monkeypatch):
    from editor.storage.lock import lock_path, read_lock

    path = saved_article(tmp_path)
    lock_path(path).write_bytes(b"\x00garbage")
    offered: list[str] = []

    def ask(_self, _path, failure, _parent):
        offered.append(type(failure).__name__)
        return TAKE_OVER

    monkeypatch.setattr(type(workspace), "ask_read_only", ask)
    window = workspace.open_file(path)
    assert offered == ["UnreadableLockError"]
    assert window is not None and not window.is_read_only()
    assert read_lock(path)["user"]


def test_the_take_over_button_is_offered_only_for_an_unreadable_lock(
    qtbot, workspace, tmp_path, monkeypatch
):
    from editor.storage.errors import LockedError, UnreadableLockError

    buttons: list[list[str]] = []

    def record(box):
        buttons.append([button.text() for button in box.buttons()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    path = saved_article(tmp_path)
    workspace.ask_read_only(path, UnreadableLockError(path, "cannot be read", {}), None)
    workspace.ask_read_only(path, LockedError(path, "is open by A", {"user": "A"}), None)
    assert "Take over the lock" in buttons[0]
    assert "Take over the lock" not in buttons[1]


# -- while the editor holds the article, every other writer is refused --------------------


def reviewed_docx(path: Path, folder: Path) -> Path:
    """A DOCX of the article with one reviewer comment, as Word sends it back."""
    from editor.model.review import add_comment
    from editor.render import docx as docx_writer
    from editor.render.build import build_document
    from editor.render.styles import HouseStyle, Include

    article = load(path)
    add_comment(article, "sections/0", 4, 12, "Which ministry?", "Reviewer One")
    style = HouseStyle(include=Include(comments=True))
    reviewed = folder / "reviewed.docx"
    with reviewed.open("wb") as stream:
        docx_writer.write(build_document(article, style), style, stream)
    return reviewed


def holder_name(path: Path) -> str:
    from editor.storage.lock import read_lock

    holder = read_lock(path)
    assert holder is not None
    return holder["user"]


def test_the_command_line_is_refused_while_the_editor_holds_the_article(
    qtbot, workspace, tmp_path
):
    path = saved_article(tmp_path)
    open_started(qtbot, workspace, path)
    before = path.read_bytes()
    status = run_newsdesk("status", str(path), "in-review", cwd=tmp_path)
    assert status.returncode == 2, status.stderr
    assert holder_name(path) in status.stderr
    assert "is open by" in status.stderr
    assert path.read_bytes() == before
    reviewed = reviewed_docx(path, tmp_path)
    comments = run_newsdesk("comments", str(path), "--from-docx", str(reviewed), cwd=tmp_path)
    assert comments.returncode == 2, comments.stderr
    assert holder_name(path) in comments.stderr
    assert path.read_bytes() == before


def test_the_library_status_change_is_refused_while_the_editor_holds_it(
    qtbot, workspace, tmp_path
):
    from editor.jobs.status_change import change_statuses

    path = saved_article(tmp_path)
    open_started(qtbot, workspace, path)
    before = path.read_bytes()
    outcomes = list(change_statuses([path], Status.IN_REVIEW, "Desk", folders=workspace.folders))
    assert len(outcomes) == 1 and not outcomes[0].ok
    assert holder_name(path) in str(outcomes[0].failure)
    assert path.read_bytes() == before


def test_a_second_editor_is_refused_with_the_holders_name(
    qtbot, workspace, tmp_path, monkeypatch, user_folders, settings
):
    from editor.ui.window.workspace import Workspace

    path = saved_article(tmp_path)
    open_started(qtbot, workspace, path)
    told: list[str] = []

    def ask(_self, _path, failure, _parent):
        told.append(str(failure))
        return False

    second = Workspace(user_folders, settings, language_tools=False)
    monkeypatch.setattr(Workspace, "ask_read_only", ask)
    assert second.open_file(path) is None
    assert len(told) == 1 and holder_name(path) in told[0]
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def _no_leftover_dialogs(qapp, monkeypatch):
    def unexpected(box):
        raise AssertionError(f"unexpected dialog: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    yield
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.close()
