"""Review in the main window: comment on a selection, reply, resolve; status locks the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog

from editor.model import Section, Status
from editor.storage.container import load
from editor.storage.folders import UserFolders
from editor.storage.settings import Settings
from editor.text.template import new_article
from editor.ui.window.workspace import Workspace

NEWS = "The ministry announced the date on Monday."


@pytest.fixture
def settings() -> Settings:
    """Settings of a reviewer: comments are recorded under this name."""
    return Settings(autosave_seconds=60, author="Reviewer One")


@pytest.fixture
def window(qtbot, workspace: Workspace):
    article = new_article("en")
    article.headline = "Will the river port reopen?"
    article.sections[0].body = NEWS
    article.sections[1].body = "Doubts remain."
    opened = workspace.add_window(article)
    opened.attach_review()
    qtbot.waitExposed(opened)
    return opened


def select(editor, start: int, end: int) -> None:
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def highlighted(editor) -> list[str]:
    return [selection.cursor.selectedText() for selection in editor.extraSelections()]


def click_first_comment(qtbot, window) -> None:
    """Click the first comment in the review panel's list, as the user does."""
    panel = window.review.panel
    rect = panel.tree.visualItemRect(panel.items()[0])
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("editor.ui.review.comment_entry.ask_comment", lambda *a, **k: text)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (text, True))


def test_comment_on_selection_reply_and_resolve(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    review = window.review
    editor = window.form.sections[0].editor
    select(editor, 4, 12)
    answer(monkeypatch, "Which ministry?")
    qtbot.keyClick(
        editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    panel = review.panel
    assert [item.text(0) for item in panel.items()] == ["«ministry» RO: Which ministry?"]
    assert highlighted(editor) == ["ministry"]
    assert window.isWindowModified()

    panel.select(panel.items()[0].data(0, Qt.ItemDataRole.UserRole))
    qtbot.keyClicks(panel.reply_edit, "The transport ministry.")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    assert "The transport ministry." in panel.thread_view.toPlainText()
    assert panel.items()[0].text(0).endswith("(+1)")

    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert panel.items() == []  # the open list no longer shows it
    assert highlighted(editor) == []
    panel.set_filter("resolved")
    assert len(panel.items()) == 1

    path = tmp_path / "reviewed.newsdesk"
    assert window.save_as(path)
    [saved] = load(path).comments
    assert (saved.part, saved.start, saved.end, saved.quote) == ("sections/0", 4, 12, "ministry")
    assert (saved.author, saved.resolved) == ("Reviewer One", True)
    assert [(r.author, r.text) for r in saved.replies] == [
        ("Reviewer One", "The transport ministry.")
    ]


def test_typing_moves_the_highlight_and_deleting_detaches(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.form.sections[0].editor
    select(editor, 4, 12)
    answer(monkeypatch, "Which ministry?")
    window.review.panel.add_action.trigger()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Today ")
    cursor.setPosition(len(editor.toPlainText()))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " Really.")
    assert highlighted(editor) == ["ministry"]
    [comment] = window.article().comments
    assert (comment.start, comment.end) == (10, 18)

    select(editor, 9, 19)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert highlighted(editor) == []
    assert window.article().comments == [comment]
    assert comment.quote == "ministry" and comment.start == comment.end
    window.review.panel.select(comment.id)
    assert "its text was deleted" in window.review.panel.thread_view.toPlainText()
    editor.undo()
    assert highlighted(editor) == ["ministry"]


def test_approved_makes_the_editors_read_only_until_reopened(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = window.review
    answer(monkeypatch, "Looks fine")
    review.status_actions[Status.IN_REVIEW].trigger()
    assert not window.form.sections[0].editor.isReadOnly()
    assert not review.status_actions[Status.PUBLISHED].isEnabled()
    review.status_actions[Status.APPROVED].trigger()
    boxes = window.form.text_boxes()
    assert all(box.isReadOnly() for box in boxes)
    assert review.banner.isVisible() and "Approved" in review.banner_label.text()
    assert review.status_label.text() == "Status: Approved"
    article = window.article()
    assert article.meta.status == "approved"
    assert [(c.status, c.author, c.note) for c in article.status_history] == [
        ("in_review", "Reviewer One", "Looks fine"),
        ("approved", "Reviewer One", "Looks fine"),
    ]
    assert [r.note for r in article.revisions][-1] == "Status: Approved — Looks fine"
    # Comments are still possible on a locked text.
    select(window.form.headline.editor, 9, 14)
    answer(monkeypatch, "River or sea?")
    assert review.add_comment_on_selection()

    qtbot.mouseClick(review.reopen_button, Qt.MouseButton.LeftButton)
    assert not any(box.isReadOnly() for box in boxes)
    assert not review.banner.isVisible()
    assert window.article().status_history[-1].status == "changes_requested"


def test_reviewer_mode_keeps_the_text_and_the_comments(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = window.review
    review.reviewer_action.trigger()
    editor = window.form.sections[0].editor
    # Reviewer mode edits only through suggestions: what is typed is not stored.
    assert not editor.isReadOnly()
    qtbot.keyClicks(editor, "Also ")
    assert window.article().sections[0].body == NEWS
    # It is shown in the text and proposed under the reviewer's name.
    assert editor.toPlainText().startswith("Also " + NEWS[:10])
    [proposal] = window.article().suggestions
    assert (proposal.start, proposal.old, proposal.new) == (0, "", "Also ")
    assert proposal.author == "Reviewer One"
    select(editor, 27 + len("Also "), 31 + len("Also "))
    answer(monkeypatch, "Which date?")
    assert review.add_comment_on_selection()
    assert highlighted(editor) == ["date"]
    review.reviewer_action.trigger()
    assert not review.suggestions.suggesting
    assert not editor.isReadOnly()


def test_revisions_compare_and_restore_is_undoable(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = window.review
    assert review.save_revision("before edits")
    editor = window.form.sections[0].editor
    select(editor, 35, 41)
    qtbot.keyClicks(editor, "Tuesday")
    dialog = review.show_revisions()
    qtbot.addWidget(dialog)
    shown = dialog.view.toPlainText()
    assert "News" in shown and "Monday" in shown and "Tuesday" in shown
    assert "<del>Monday</del><ins>Tuesday</ins>" in dialog.markup
    dialog.side_button.setChecked(True)
    assert (
        '<td dir="auto">The ministry announced the date on <del>Monday</del>.</td>'
        in dialog.markup
    )
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == NEWS
    assert window.article().revisions[-1].note == "Before restoring revision 1"
    editor.undo()
    assert editor.toPlainText() == NEWS.replace("Monday", "Tuesday")


def test_restoring_a_revision_over_two_parts_is_one_undo_step(qtbot, window) -> None:
    review = window.review
    assert review.save_revision("before edits")
    headline = window.form.headline.editor
    body = window.form.sections[0].editor
    before = (headline.toPlainText(), body.toPlainText())
    select(body, 35, 41)
    qtbot.keyClicks(body, "Tuesday")
    headline.selectAll()
    qtbot.keyClicks(headline, "A new headline")
    edited = (headline.toPlainText(), body.toPlainText())
    dialog = review.show_revisions()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert (headline.toPlainText(), body.toPlainText()) == before
    window.form.history.undo()
    assert (headline.toPlainText(), body.toPlainText()) == edited


def test_window_with_sections_added_later_still_opens_with_review(qtbot, workspace) -> None:
    article = new_article("ru")
    article.sections.append(Section("custom", "Справка:", "Текст справки."))
    article.meta.status = Status.PUBLISHED.value
    opened = workspace.add_window(article)
    opened.attach_review()
    opened.attach_review()  # twice is harmless
    assert opened.form.sections[2].editor.isReadOnly()
    assert opened.review.banner_label.text() == "Published: the text is read-only."


def _reviewed_docx(window) -> bytes:
    """Return the window's article as DOCX with one comment of another reviewer on "date"."""
    import io

    from editor.model.review import add_comment
    from editor.render import docx as docx_writer
    from editor.render.build import build_document
    from editor.render.styles import HouseStyle, Include

    reviewed = window.article()
    reviewed.comments = []
    add_comment(reviewed, "sections/0", 27, 31, "Which date?", "Reviewer Two")
    style = HouseStyle(include=Include(comments=True))
    buffer = io.BytesIO()
    docx_writer.write(build_document(reviewed, style), style, buffer)
    return buffer.getvalue()


def test_comments_from_a_reviewed_docx_land_on_their_words(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "returned.docx"
    path.write_bytes(_reviewed_docx(window))
    told: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information", lambda _p, _t, text: told.append(text)
    )
    asked: list[str] = []

    def choose(_parent, _title, folder, _filter):
        asked.append(folder)
        return str(path), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", choose)
    # Asked for, as the menu does: from a folder that exists, the one chosen remembered.
    assert window.review.import_docx_comments() == 1
    assert Path(asked[0]).is_dir()
    assert window.workspace().settings.import_folder == str(tmp_path)
    assert told == ["1 comment added, 0 already there, 0 kept detached."]
    assert highlighted(window.form.sections[0].editor) == ["date"]
    assert [item.text(0) for item in window.review.panel.items()] == ["«date» RT: Which date?"]


def test_comments_from_docx_say_what_the_import_noted(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import io
    import re
    import zipfile

    # The reviewer's program wrote a date no one can read.
    path = tmp_path / "returned.docx"
    with (
        zipfile.ZipFile(io.BytesIO(_reviewed_docx(window))) as source,
        zipfile.ZipFile(path, "w") as target,
    ):
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="next Tuesday"', data)
            target.writestr(entry, data)
    told: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda _p, _t, text: told.append(text)
    )
    assert window.review.import_docx_comments(str(path)) == 1
    assert len(told) == 1
    assert told[0].startswith(
        "1 comment added, 0 already there, 0 kept detached.\n\n"
        "Some comments could not be read as Word writes them; every comment was kept, "
        "as described below.\n\nDetails: comment "
    )
    assert "its date “next Tuesday” cannot be read; it is kept as written." in told[0]
    assert window.article().comments[0].created == "next Tuesday"


def test_clicking_a_comment_selects_its_words_in_the_editor(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.form.sections[0].editor
    select(editor, 27, 31)
    answer(monkeypatch, "Which date?")
    window.review.panel.add_action.trigger()
    select(window.form.headline.editor, 0, 4)  # the cursor is elsewhere now
    click_first_comment(qtbot, window)
    assert editor.textCursor().selectedText() == "date"
    assert editor.hasFocus()


def test_every_window_the_workspace_opens_gets_review_and_the_settings_author(
    qtbot, workspace: Workspace
) -> None:
    article = new_article("en")
    article.headline = "Will the ferry run?"
    article.meta.status = Status.APPROVED.value
    opened = workspace.add_window(article)
    qtbot.waitExposed(opened)
    assert opened.review is None  # attached after the first paint
    qtbot.waitUntil(lambda: opened.review is not None)
    menus = [action.text().replace("&", "") for action in opened.menuBar().actions()]
    assert "Review" in menus
    # An approved article is read-only as soon as review is attached.
    qtbot.waitUntil(lambda: opened.form.headline.editor.isReadOnly())
    assert opened.review.author() == "Reviewer One"


def test_the_compare_names_parts_in_the_interface_language(qtbot, window, qapp) -> None:
    from editor.ui.common.theme import apply_ui_language

    review = window.review
    assert review.save_revision("before")
    window.form.headline.editor.setPlainText("A new headline")
    apply_ui_language(qapp, Settings(ui_language="ar"), UserFolders.default().cache)
    try:
        dialog = review.show_revisions()
        qtbot.addWidget(dialog)
        markup = dialog.markup
    finally:
        apply_ui_language(qapp, Settings(), UserFolders.default().cache)
    assert "<h3>العنوان</h3>" in markup  # "Headline", as the Arabic interface says it
    assert "<h3>Headline</h3>" not in markup


def test_the_review_panel_opens_when_there_is_something_to_review(
    qtbot, workspace, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A draft nobody has commented on: the preview has the right-hand column to itself.
    review = window.review
    assert not review.panel.isVisible()
    assert window.preview.isVisible()
    assert not review.panel.toggleViewAction().isChecked()

    editor = window.form.sections[0].editor
    select(editor, 4, 12)
    answer(monkeypatch, "Which ministry?")
    qtbot.keyClick(
        editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert review.panel.isVisible()
    assert [item.text(0) for item in review.panel.items()] == ["«ministry» RO: Which ministry?"]

    # An article that arrives with comments, or in review, opens with the panel.
    from editor.model.review import add_comment

    commented = window.article()
    commented.id = "another-article"
    add_comment(commented, "sections/0", 0, 3, "Which day?", "Reviewer Two")
    in_review = new_article("en")
    in_review.meta.status = Status.IN_REVIEW.value
    for article in (commented, in_review):
        opened = workspace.add_window(article)
        opened.attach_review()
        qtbot.waitExposed(opened)
        assert opened.review.panel.isVisible()
        opened.setWindowModified(False)
        opened.close()


def test_moving_a_draft_into_review_opens_the_panel(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not window.review.panel.isVisible()
    answer(monkeypatch, "")
    assert window.review.change_status(Status.IN_REVIEW)
    assert window.review.panel.isVisible()


def test_the_form_gives_the_text_box_of_each_part(window) -> None:
    form = window.form
    assert form.text_box("sections/1") is form.sections[1].editor
    assert form.text_box("sections/0") is form.sections[0].editor
    assert form.text_box("headline") is form.headline.editor
    assert form.text_box("opening") is form.opening.editor
    # Parts without a box of their own, a section the article lacks, and junk.
    for part in ("quotations/q1", "byline", "sections/2", "sections/01", "Headline"):
        assert form.text_box(part) is None


def _opened_with_comment(qtbot, workspace, part: str, start: int, end: int):
    from editor.model import Quotation
    from editor.model.review import add_comment

    article = new_article("en")
    article.headline = "Will the river port reopen?"
    article.sections[0].body = NEWS
    article.sections[1].body = "Doubts remain about the date. [[quote:q1]]"
    article.quotations = [Quotation(id="q0", words="Later."), Quotation(id="q1", words="Soon.")]
    add_comment(article, part, start, end, "Which?", "Reviewer Two")
    opened = workspace.add_window(article)
    opened.attach_review()
    qtbot.waitExposed(opened)
    return opened


def test_a_comment_on_the_second_section_is_shown_and_jumped_to_there(qtbot, workspace) -> None:
    window = _opened_with_comment(qtbot, workspace, "sections/1", 24, 28)
    first, second = (pane.editor for pane in window.form.sections)
    assert highlighted(second) == ["date"]
    assert highlighted(first) == []  # the first section also says "date", unmarked
    select(window.form.headline.editor, 0, 4)  # the cursor is elsewhere
    click_first_comment(qtbot, window)
    assert second.textCursor().selectedText() == "date"
    assert (second.textCursor().selectionStart(), second.textCursor().selectionEnd()) == (24, 28)
    assert window.focusWidget() is second
    assert not first.textCursor().hasSelection()


def test_a_comment_on_a_quotation_shows_the_quotation_in_the_bank(qtbot, workspace) -> None:
    window = _opened_with_comment(qtbot, workspace, "quotations/q1", 0, 4)
    click_first_comment(qtbot, window)
    assert window.form.quotations.selected_id() == "q1"


def test_a_comment_and_its_reply_read_without_scrolling_the_thread(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The thread was ~60 px tall: one comment and its reply needed the scroll bar (Xvfb).
    window.resize(1000, 700)
    editor = window.form.sections[0].editor
    select(editor, 4, 12)
    window.review.add_comment_on_selection("Which ministry is it, and who speaks for it?")
    panel = window.review.panel
    panel.select(panel.items()[0].data(0, Qt.ItemDataRole.UserRole))
    qtbot.keyClicks(panel.reply_edit, "The transport ministry; its deputy minister spoke.")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert "deputy minister" in panel.thread_view.toPlainText()
    assert panel.thread_view.verticalScrollBar().maximum() == 0
