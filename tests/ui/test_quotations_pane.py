"""The quotation bank in the window: insert, jump to uses, flags, edit everywhere at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_articles import english_article, type_into

from editor.model import Quotation
from editor.ui.form.quotations_pane import QuotationsPane, next_quotation_id


def _row_texts(pane: QuotationsPane) -> list[list[str]]:
    # What the view shows: each cell's text as its model gives it.
    model = pane.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_unused_and_unknown_quotations_are_flagged(qtbot, workspace) -> None:
    article = english_article()
    article.quotations.append(Quotation(id="spare-1", words="Never used.", speaker="Nobody"))
    article.sections[0].body += "\n\n[[quote:ghost-1]]"
    window = workspace.add_window(article)
    pane = window.form.quotations
    rows = {row[0]: row for row in _row_texts(pane)}
    assert rows["Alma Reyes"][5] == "1 ×"
    assert rows["Nobody"][5] == "unused"
    assert rows["?"][1] == "“ghost-1” is used in the text but not in the bank"
    assert pane.unknown_ids() == ["ghost-1"]


def test_ctrl_shift_q_inserts_the_selected_quotation_at_the_cursor(qtbot, workspace) -> None:
    window = workspace.add_window(english_article())
    body = window.form.sections[1].editor
    type_into(qtbot, body, " The end.")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    window.form.quotations.select("reyes-1")
    body.setFocus()
    window.quote_action.trigger()
    assert body.text().endswith("[[quote:reyes-1]]")
    assert window.quote_action.shortcut().toString() == "Ctrl+Shift+Q"
    qtbot.waitUntil(lambda: "2 ×" in _row_texts(window.form.quotations)[0][5], timeout=3000)


def test_show_next_use_selects_each_token_in_turn(qtbot, workspace) -> None:
    article = english_article()
    article.sections[1].body += "\n\nAgain: [[quote:reyes-1]]"
    window = workspace.add_window(article)
    form = window.form
    form.quotations.select("reyes-1")
    qtbot.mouseClick(form.quotations.uses_button, Qt.MouseButton.LeftButton)
    first = form.current_markdown_editor()
    assert first is form.sections[0].editor
    assert first.textCursor().selectedText() == "[[quote:reyes-1]]"
    assert form.jump_to_use("reyes-1")
    second = form.current_markdown_editor()
    assert second is form.sections[1].editor
    assert second.textCursor().selectedText() == "[[quote:reyes-1]]"


def test_editing_a_quotation_changes_the_preview_everywhere(qtbot, workspace, monkeypatch) -> None:
    window = workspace.add_window(english_article())
    pane = window.form.quotations
    pane.select("berg-1")

    def edit(self, quotation):
        quotation.words = "A quay without water is a monument"
        return quotation

    monkeypatch.setattr(QuotationsPane, "edit_in_dialog", edit)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    assert window.article().quotation("berg-1").words == "A quay without water is a monument"
    assert window.isWindowModified()
    qtbot.waitUntil(
        lambda: "A quay without water is a monument" in window.preview.browser.toPlainText(),
        timeout=5000,
    )


def test_added_quotation_gets_a_readable_unused_id(qtbot, workspace, monkeypatch) -> None:
    window = workspace.add_window(english_article())
    pane = window.form.quotations

    def fill(self, quotation):
        quotation.words = "The channel will be dredged in spring."
        quotation.speaker = "Alma Reyes"
        return quotation

    monkeypatch.setattr(QuotationsPane, "edit_in_dialog", fill)
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    assert pane.selected_id() == "reyes-2"
    assert next_quotation_id({"q-1"}, "") == "q-2"


def test_deleting_an_unused_quotation_asks_nothing(qtbot, workspace) -> None:
    article = english_article()
    article.quotations.append(Quotation(id="spare-1", words="Never used.", speaker="Nobody"))
    window = workspace.add_window(article)
    pane = window.form.quotations
    pane.select("spare-1")
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert [q.id for q in window.article().quotations] == ["reyes-1", "berg-1"]
