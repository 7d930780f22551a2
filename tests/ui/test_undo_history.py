"""One undo history for the article: Ctrl+Z takes back the last change wherever it was."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from ui_articles import english_article, type_into

from editor.text.counts import word_count

UNDO = QKeySequence.StandardKey.Undo
REDO = QKeySequence.StandardKey.Redo


def press(qtbot, window, key: QKeySequence.StandardKey) -> None:
    """Press a standard key where the focus is, as a writer does."""
    focused = window.focusWidget()
    assert focused is not None
    qtbot.keySequence(focused, key)


def test_ctrl_z_undoes_changes_across_parts_in_reverse_order_moving_the_focus(
    qtbot, workspace
) -> None:
    article = english_article()
    window = workspace.add_window(article)
    window.show()
    qtbot.waitExposed(window)
    form = window.form
    headline, body, standfirst = (
        form.headline.editor,
        form.sections[1].editor,
        form.standfirst.editor,
    )
    type_into(qtbot, headline, " Yes.")
    type_into(qtbot, body, " Soon.")
    type_into(qtbot, standfirst, " Not yet.")

    press(qtbot, window, UNDO)
    assert standfirst.text() == article.standfirst
    assert body.text().endswith(" Soon.")
    assert window.focusWidget() is standfirst
    press(qtbot, window, UNDO)
    assert body.text() == article.sections[1].body
    assert headline.text().endswith(" Yes.")
    assert window.focusWidget() is body
    press(qtbot, window, UNDO)
    assert headline.text() == article.headline
    assert window.focusWidget() is headline
    # The cursor is where the undone words were.
    assert headline.textCursor().position() == len(article.headline)

    press(qtbot, window, REDO)
    assert headline.text() == article.headline + " Yes."
    assert body.text() == article.sections[1].body
    # Edit > Undo in the menu does the same as the key.
    window.undo_action.trigger()
    assert headline.text() == article.headline


def test_typing_again_in_a_part_after_another_is_its_own_step(qtbot, workspace) -> None:
    # Qt merges typing into a box's last command: coming back to the headline and typing
    # on would be undone together with the first words, after the body's.
    article = english_article()
    window = workspace.add_window(article)
    headline, body = window.form.headline.editor, window.form.sections[1].editor
    type_into(qtbot, headline, " Yes")
    type_into(qtbot, body, " Soon.")
    type_into(qtbot, headline, ", surely.")

    press(qtbot, window, UNDO)
    assert headline.text() == article.headline + " Yes"
    assert body.text().endswith(" Soon.")
    press(qtbot, window, UNDO)
    assert body.text() == article.sections[1].body
    press(qtbot, window, UNDO)
    assert headline.text() == article.headline


def test_replace_all_over_four_parts_is_undone_by_one_ctrl_z(qtbot, workspace) -> None:
    article = english_article()
    window = workspace.add_window(article)
    form = window.form
    parts = [
        form.headline.editor,
        form.standfirst.editor,
        form.sections[0].editor,
        form.sections[1].editor,
    ]
    before = [box.text() for box in parts]
    assert all("the" in text for text in before)
    dialog = window.find_dialog()
    dialog.find_edit.setText("the")
    dialog.replace_edit.setText("THE")
    dialog.case_check.setChecked(True)
    assert dialog.replace_all() > 4
    assert all("the" not in box.text() for box in parts)

    form.headline.editor.setFocus()
    press(qtbot, window, UNDO)
    assert [box.text() for box in parts] == before

    press(qtbot, window, REDO)
    assert all("the" not in box.text() and "THE" in box.text() for box in parts)


def test_after_undo_the_preview_and_the_counts_show_the_undone_text(qtbot, workspace) -> None:
    article = english_article()
    window = workspace.add_window(article)
    window.show()
    qtbot.waitExposed(window)
    standfirst = window.form.standfirst.editor
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    words = word_count(article.standfirst)
    assert window.counts()["standfirst"] == words
    type_into(qtbot, window.form.headline.editor, " Yes.")
    type_into(qtbot, standfirst, " Dredgers idle.")
    qtbot.waitUntil(lambda: "Dredgers" in window.preview.browser.toPlainText(), timeout=5000)
    qtbot.waitUntil(lambda: window.counts()["standfirst"] == words + 2, timeout=3000)
    assert window.save_as(workspace.folders.documents / "port.newsdesk")

    window.form.headline.editor.setFocus()  # Ctrl+Z from another part
    press(qtbot, window, UNDO)
    assert standfirst.text() == article.standfirst
    qtbot.waitUntil(lambda: "Dredgers" not in window.preview.browser.toPlainText(), timeout=5000)
    assert "Yes." in window.preview.browser.toPlainText()
    qtbot.waitUntil(lambda: window.counts()["standfirst"] == words, timeout=3000)
    assert f"{window.counts()['total']}" in window._words_label.text()


def test_undo_after_saving_marks_the_article_unsaved_and_redo_back_makes_it_clean(
    qtbot, workspace
) -> None:
    article = english_article()
    window = workspace.add_window(article)
    type_into(qtbot, window.form.standfirst.editor, " Dredgers idle.")
    type_into(qtbot, window.form.headline.editor, " Yes.")
    assert window.save_as(workspace.folders.documents / "port.newsdesk")
    assert not window.isWindowModified()

    press(qtbot, window, UNDO)
    assert window.article().headline == article.headline
    assert window.isWindowModified()
    press(qtbot, window, UNDO)
    assert window.isWindowModified()
    press(qtbot, window, REDO)
    press(qtbot, window, REDO)
    # Back at the text as saved: nothing to save.
    assert window.article().headline == article.headline + " Yes."
    assert not window.isWindowModified()
    assert window._state_label.text() == "Saved"


def test_a_step_undone_in_its_own_box_is_not_undone_twice(qtbot, workspace) -> None:
    # The box's own context menu undoes in that box alone: Ctrl+Z then goes on from there.
    article = english_article()
    window = workspace.add_window(article)
    headline, body = window.form.headline.editor, window.form.sections[1].editor
    type_into(qtbot, headline, " Yes.")
    type_into(qtbot, body, " Soon.")
    body.undo()  # as Undo in the body's context menu does
    assert body.text() == article.sections[1].body
    press(qtbot, window, UNDO)
    assert headline.text() == article.headline
    type_into(qtbot, body, " Later.")
    press(qtbot, window, UNDO)
    assert body.text() == article.sections[1].body
    assert headline.text() == article.headline


def test_an_inserted_quotation_is_one_step_in_the_article_history(qtbot, workspace) -> None:
    from PySide6.QtCore import Qt

    article = english_article()
    window = workspace.add_window(article)
    headline, body = window.form.headline.editor, window.form.sections[1].editor
    type_into(qtbot, headline, " Yes.")
    type_into(qtbot, body, "")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    window.form.insert_quotation("reyes-1")
    qtbot.wait(20)  # the token paragraph's direction is placed after the edit
    # One Enter: the token is a paragraph of its own (a block quotation when exported).
    assert body.text() == article.sections[1].body + "\n\n[[quote:reyes-1]]"

    press(qtbot, window, UNDO)
    assert body.text() == article.sections[1].body + "\n\n"
    press(qtbot, window, UNDO)
    assert body.text() == article.sections[1].body
    assert headline.text().endswith(" Yes.")
    press(qtbot, window, UNDO)
    assert headline.text() == article.headline
