"""The approval gate in the editor: the Review menu's Approved says what is still open."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from editor.model import Status
from editor.model.review import add_comment, resolve
from editor.storage.folders import UserFolders
from editor.storage.settings import Settings
from editor.text import suggestions as ops
from editor.text.template import new_article
from editor.ui.window.workspace import Workspace

NEWS = "The ministry announced the date on Monday."


@pytest.fixture
def settings() -> Settings:
    """Settings of a reviewer: status changes are recorded under this name."""
    return Settings(autosave_seconds=60, author="Reviewer One")


def _window(qtbot, workspace: Workspace):
    article = new_article("en")
    article.headline = "Will the river port reopen?"
    article.sections[0].body = NEWS
    add_comment(article, "sections/0", 4, 12, "Which ministry?", "Desk Editor")
    ops.suggest(article, "sections/0", 4, 12, "cabinet", "Desk Editor")
    ops.suggest(article, "headline", 0, 4, "", "Copy Editor")
    window = workspace.add_window(article)
    window.attach_review()
    qtbot.waitExposed(window)
    return window


def _quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every note with nothing; return the warnings shown."""
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def test_approved_is_refused_with_what_is_open_until_it_is_settled(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, workspace)
    shown = _quiet(monkeypatch)
    review = window.review
    review.status_actions[Status.IN_REVIEW].trigger()
    review.status_actions[Status.APPROVED].trigger()
    assert shown == [
        "The article cannot move to Approved while it has 2 open suggestions and "
        "1 unresolved comment. Accept or reject the suggestions and resolve the comments "
        "first."
    ]
    assert window.article().meta.status == "in_review"
    assert review.status_label.text() == "Status: In review"
    assert review.status_actions[Status.IN_REVIEW].isChecked()
    assert not any(box.isReadOnly() for box in window.form.text_boxes())

    article = window.article()
    # Settled elsewhere (the suggestions list): the window's shared list is emptied.
    article.suggestions.clear()
    review.status_actions[Status.APPROVED].trigger()
    assert shown[1].startswith("The article cannot move to Approved while it has 1 unresolved")
    resolve(article.comments[0])
    review.status_actions[Status.APPROVED].trigger()
    assert len(shown) == 2
    assert window.article().meta.status == "approved"


@pytest.fixture
def open_style(user_folders: UserFolders) -> str:
    styles = user_folders.config / "styles"
    styles.mkdir(parents=True)
    (styles / "open.json").write_text(
        json.dumps({"name": "open", "review": {"approval_gate": False}}), encoding="utf-8"
    )
    return "open"


def test_a_house_style_without_the_gate_lets_approval_through(
    qtbot, workspace: Workspace, open_style: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    workspace.apply(replace(workspace.settings, house_style=open_style))
    window = _window(qtbot, workspace)
    shown = _quiet(monkeypatch)
    window.review.status_actions[Status.IN_REVIEW].trigger()
    window.review.status_actions[Status.APPROVED].trigger()
    assert shown == []
    assert window.article().meta.status == "approved"


def test_a_refused_move_asks_for_no_note(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The note was asked for first and the refusal came after OK: the note typed was lost
    # (a trial). Refused, the move asks nothing; allowed, it asks as before.
    window = _window(qtbot, workspace)
    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        lambda _p, _t, label, *a, **k: (asked.append(label), ("", True))[1],
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    review = window.review
    review.status_actions[Status.IN_REVIEW].trigger()
    assert asked == ["Note for the move to In review (optional):"]
    review.status_actions[Status.APPROVED].trigger()
    assert len(asked) == 1  # no note asked for a move that is refused
    assert shown[0].startswith("The article cannot move to Approved")
    assert window.article().meta.status == "in_review"


def test_the_revisions_say_the_status_moves_in_the_interface_language(qtbot) -> None:
    # "Status: In review" stood in English in the Russian interface's list of revisions (a
    # trial): the file records the move in English, the list says it as the interface does.
    from PySide6.QtCore import QCoreApplication, QTranslator

    from editor.ui.review.review_actions import shown_note

    class Russian(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return {"Status: {0}": "Статус: {0}", "In review": "На проверке"}.get(source, "")

    assert shown_note("Status: In review — first pass") == "Status: In review — first pass"
    translator = Russian()
    QCoreApplication.installTranslator(translator)
    try:
        assert shown_note("Status: In review — first pass") == "Статус: На проверке — first pass"
        assert shown_note("Status: In review") == "Статус: На проверке"
        assert shown_note("Before the edit") == "Before the edit"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_revisions_dialog_fits_a_1280_pixel_screen(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 1,317 pixels wide: sized to its longest revision, "Side by side" and "Close" were
    # off a 1280-pixel screen (a trial).
    from editor.model.review import make_revision
    from editor.ui.review.review_actions import RevisionsDialog

    window = _window(qtbot, workspace)
    article = window.article()
    make_revision(article, "Reviewer One", "Status: In review — " + "a long note " * 20)
    dialog = RevisionsDialog(window.review, window)
    qtbot.addWidget(dialog)
    assert dialog.minimumSizeHint().width() < 1000
    assert dialog.sizeHint().width() <= 1280
