"""The Suggestions tab and the suggestions in the text work as one: the list asks, the text
changes as one undo step, and the list follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.model import Quotation
from editor.storage.settings import Settings
from editor.text import suggestions as ops
from editor.text.template import new_article
from editor.ui.window.workspace import Workspace

NEWS = "The minister said the port would open before winter."
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def settings() -> Settings:
    return Settings(autosave_seconds=60, author="Writer")


@pytest.fixture
def window(qtbot, workspace: Workspace):
    article = new_article("en")
    article.headline = "Will the river port reopen?"
    article.sections[0].body = NEWS
    article.quotations.append(Quotation(id="q1", words="We will open the port.", speaker="Mayor"))
    ops.suggest(article, "sections/0", 4, 12, "premier", "Desk Editor")
    ops.suggest(article, "quotations/q1", 8, 12, "soon open", "Desk Editor")
    opened = workspace.add_window(article)
    opened.attach_review()
    qtbot.waitExposed(opened)
    return opened


def _row_for(panel, words: str):
    rows = [row for row in panel.rows() if words in row.text(0)]
    assert rows, [row.text(0) for row in panel.rows()]
    return rows[0]


def test_accepting_from_the_list_changes_the_text_and_undo_brings_it_back(qtbot, window) -> None:
    review = window.review
    listed = review.panel.suggestions_panel
    assert listed.count() == 2
    editor = window.form.sections[0].editor
    listed.tree.setCurrentItem(_row_for(listed, "premier"))
    qtbot.mouseClick(listed.accept_button, Qt.MouseButton.LeftButton)
    assert editor.text() == NEWS.replace("minister", "premier")
    qtbot.waitUntil(lambda: listed.count() == 1)
    assert [item.part for item in window.article().suggestions] == ["quotations/q1"]
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.text() == NEWS
    qtbot.waitUntil(lambda: listed.count() == 2)


def test_a_suggestion_on_a_bank_quotation_is_accepted_in_the_bank(qtbot, window) -> None:
    listed = window.review.panel.suggestions_panel
    listed.tree.setCurrentItem(_row_for(listed, "soon open"))
    qtbot.mouseClick(listed.accept_button, Qt.MouseButton.LeftButton)
    assert window.article().quotation("q1").words == "We will soon open the port."
    qtbot.waitUntil(lambda: listed.count() == 1)
    assert window.form.sections[0].editor.text() == NEWS


def test_reject_all_from_the_list_leaves_every_text_as_it_was(qtbot, window) -> None:
    listed = window.review.panel.suggestions_panel
    listed.reject_all_requested.emit("")
    qtbot.waitUntil(lambda: listed.count() == 0)
    assert window.form.sections[0].editor.text() == NEWS
    assert window.article().quotation("q1").words == "We will open the port."
    assert window.article().suggestions == []


def test_an_author_has_one_colour_in_the_text_and_in_the_list(window) -> None:
    from PySide6.QtGui import QTextCursor

    editor = window.form.sections[0].editor
    shown = editor.toPlainText()
    start = shown.index("premier")
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start + 1)
    in_text = cursor.charFormat().foreground().color()
    row = _row_for(window.review.panel.suggestions_panel, "premier")
    assert in_text == row.foreground(1).color()
    assert in_text.name() != editor.palette().text().color().name()


def test_a_review_done_from_the_keyboard_goes_suggestion_by_suggestion(qtbot, workspace) -> None:
    # Found in a trial: the list's Enter and Delete needed a click into the list first.
    article = new_article("en")
    article.headline = "Will the river port reopen?"
    article.sections[0].body = NEWS
    ops.suggest(article, "headline", 9, 14, "sea", "Desk Editor")
    ops.suggest(article, "sections/0", 4, 12, "premier", "Desk Editor")
    winter = NEWS.index("winter")
    ops.suggest(article, "sections/0", winter, winter + 6, "spring", "Desk Editor")
    window = workspace.add_window(article)
    window.attach_review()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    listed = window.review.panel.suggestions_panel
    headline, body = window.form.headline.editor, window.form.sections[0].editor
    headline.setFocus()
    qtbot.waitUntil(headline.hasFocus)

    def at() -> tuple[str, str]:
        """The words selected in the focused box (a replacement shows its old words, then
        its new ones), and the suggestion the list has chosen."""
        box = QApplication.focusWidget()
        chosen = next(s for s in window.article().suggestions if s.id == listed.current_id())
        return box.textCursor().selectedText(), chosen.new

    qtbot.keyClick(headline, Qt.Key.Key_F8)
    assert at() == ("riversea", "sea")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert QApplication.focusWidget() is body and at() == ("ministerpremier", "premier")
    qtbot.keyClick(body, Qt.Key.Key_F8)
    assert at() == ("winterspring", "spring")
    qtbot.keyClick(body, Qt.Key.Key_F8)  # round to the first
    assert at() == ("riversea", "sea")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert at() == ("winterspring", "spring")
    # Review › Accept Suggestion: the change is made, and the cursor goes on to the next.
    window.review.suggestions.accept_action.trigger()
    assert body.text() == NEWS.replace("winter", "spring")
    assert at() == ("riversea", "sea")
    window.review.suggestions.reject_action.trigger()
    assert window.form.headline.editor.text() == "Will the river port reopen?"
    assert at() == ("ministerpremier", "premier")
    assert [s.new for s in window.article().suggestions] == ["premier"]
    assert window.review.suggestions.next_action.shortcut().toString() == "F8"
