"""Who is writing: the user's name and initials from Settings on every review record."""

from __future__ import annotations

import json
import os
import sys
from types import ModuleType, SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QInputDialog

from editor.model import Status
from editor.storage.folders import UserFolders
from editor.storage.settings import Settings, account_name, load_settings
from editor.text.template import new_article
from editor.ui.common import name_dialog
from editor.ui.common.name_dialog import NameDialog
from editor.ui.dialogs.settings_dialog import SettingsDialog
from editor.ui.window.workspace import Workspace

NEWS = "The ministry announced the date on Monday."


@pytest.fixture
def settings() -> Settings:
    """A first start: nobody has said who they are."""
    return Settings(autosave_seconds=60)


@pytest.fixture
def window(qtbot, workspace: Workspace):
    article = new_article("en")
    article.sections[0].body = NEWS
    opened = workspace.add_window(article)
    opened.attach_review()
    qtbot.waitExposed(opened)
    return opened


def comment_on(qtbot, window, start: int, end: int) -> None:
    """Select words of the first section and press Ctrl+Alt+M, as the user does."""
    window.activateWindow()
    qtbot.waitActive(window)  # Ctrl+Alt+M is a shortcut of the active window
    editor = window.form.sections[0].editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(
        editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )


class NameAnswer:
    """Stands in for the user at the name dialog: records what it offered, types a name."""

    def __init__(self, name: str, initials: str = "", accept: bool = True) -> None:
        self.name, self.initials, self.accept = name, initials, accept
        self.offered: list[str] = []

    def __call__(self, dialog: NameDialog) -> int:
        self.offered.append(dialog.fields.name_edit.text())
        dialog.fields.name_edit.setText(self.name)
        dialog.fields.initials_edit.setText(self.initials)
        return QDialog.DialogCode.Accepted if self.accept else QDialog.DialogCode.Rejected


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch) -> str:
    """The system account's full name, as the name dialog offers it."""
    monkeypatch.setattr(name_dialog, "account_name", lambda: "Sam Okafor")
    return "Sam Okafor"


def test_the_first_comment_asks_once_for_the_name_and_comments_carry_it(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, account: str, user_folders: UserFolders
) -> None:
    answer = NameAnswer("Dana Reyes")
    monkeypatch.setattr(NameDialog, "exec", lambda dialog: answer(dialog))
    monkeypatch.setattr("editor.ui.review.comment_entry.ask_comment", lambda *a, **k: "Which one?")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ready", True))
    comment_on(qtbot, window, 4, 12)
    comment_on(qtbot, window, 13, 22)
    assert window.review.change_status(Status.IN_REVIEW)
    panel = window.review.panel
    qtbot.keyClicks(panel.reply_edit, "Agreed.")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)

    assert answer.offered == [account]  # asked once, the system's name offered
    article = window.article()
    assert [(c.author, c.initials) for c in article.comments] == [("Dana Reyes", "DR")] * 2
    assert [r.author for c in article.comments for r in c.replies] == ["Dana Reyes"]
    assert [change.author for change in article.status_history] == ["Dana Reyes"]
    assert "DR: Which one?" in panel.items()[0].text(0)
    # Kept for the next start, and for the lock of the next file opened.
    assert load_settings(user_folders.config).author == "Dana Reyes"
    assert window.workspace().new_lock(user_folders.documents / "a.newsdesk").holder_name == (
        "Dana Reyes"
    )


def test_cancelling_the_name_dialog_adds_no_comment(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, account: str
) -> None:
    declined = NameAnswer("Dana Reyes", accept=False)
    monkeypatch.setattr(NameDialog, "exec", lambda dialog: declined(dialog))
    monkeypatch.setattr("editor.ui.review.comment_entry.ask_comment", lambda *a, **k: "Which one?")
    comment_on(qtbot, window, 4, 12)
    assert declined.offered == [account]
    assert window.article().comments == []
    assert window.workspace().settings.author == ""


def test_initials_set_in_settings_are_the_ones_shown(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = window.workspace().settings
    settings.author, settings.initials = "Dana Reyes", "DaR"
    monkeypatch.setattr("editor.ui.review.comment_entry.ask_comment", lambda *a, **k: "Which one?")
    comment_on(qtbot, window, 4, 12)
    [comment] = window.article().comments
    assert (comment.author, comment.initials) == ("Dana Reyes", "DaR")
    assert window.review.panel.items()[0].text(0) == "«ministry» DaR: Which one?"


def test_settings_keep_the_name_and_initials_typed(qtbot, account: str) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.author_edit.setText("Dana Reyes")
    assert dialog.initials_edit.placeholderText() == "DR"
    dialog.initials_edit.setText("DaR")
    chosen = dialog.settings()
    assert (chosen.author, chosen.initials) == ("Dana Reyes", "DaR")
    assert Settings.from_json(json.loads(json.dumps(chosen.to_json()))).initials == "DaR"


def test_the_account_name_is_the_full_name_of_the_system_account(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A stand-in for POSIX's account database, so the test reads the same on every system.
    entry = SimpleNamespace(pw_gecos="Dana Reyes,Room 4,,")
    accounts = ModuleType("pwd")
    accounts.getpwuid = lambda _uid: entry  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pwd", accounts)
    monkeypatch.setattr(os, "getuid", lambda: 1000, raising=False)
    monkeypatch.setattr("getpass.getuser", lambda: "dreyes")
    assert account_name() == "Dana Reyes"
    entry.pw_gecos = ""
    assert account_name() == "dreyes"


def test_typing_in_the_name_dialog_replaces_the_name_it_offers(qtbot) -> None:
    dialog = NameDialog("root")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.fields.name_edit, "Desk Editor")
    assert dialog.name() == "Desk Editor"


def test_ok_in_settings_saves_no_name_the_user_did_not_give(qtbot, account: str) -> None:
    # OK after changing another setting saved the account's name as the writer's, and new
    # articles were credited "Written for  by root".
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.author_edit.text() == ""
    assert dialog.author_edit.placeholderText() == "Your full name, for bylines and comments"
    dialog.font_size_spin.setValue(14)
    chosen = dialog.settings()
    assert (chosen.author, chosen.initials, chosen.font_size) == ("", "", 14)
