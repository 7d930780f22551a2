"""The quotation bank in the window: insert, jump to uses, flags, edit everywhere at once."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
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
    rows = {row[1]: row for row in _row_texts(pane)}
    assert rows["Alma Reyes"][6] == "1 ×"
    assert rows["Nobody"][6] == "unused"
    assert rows["?"][2] == "“ghost-1” is used in the text but not in the bank"
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
    qtbot.waitUntil(lambda: "2 ×" in _row_texts(window.form.quotations)[0][6], timeout=3000)


def test_show_next_use_selects_each_token_in_turn(qtbot, workspace) -> None:
    article = english_article()
    article.sections[1].body += "\n\nAgain: [[quote:reyes-1]]"
    window = workspace.add_window(article)
    form = window.form
    form.quotations.select("reyes-1")
    qtbot.mouseClick(form.quotations.uses_button, Qt.MouseButton.LeftButton)
    first = form.current_markdown_editor()
    assert first is form.sections[0].editor
    # The chip is selected: one character, the quotation's.
    assert first.textCursor().selectedText() == "\ufffc"
    assert first.token_at(first.textCursor().selectionStart()) == "reyes-1"
    assert form.jump_to_use("reyes-1")
    second = form.current_markdown_editor()
    assert second is form.sections[1].editor
    # The chip is selected: one character, the quotation's.
    assert second.textCursor().selectedText() == "\ufffc"
    assert second.token_at(second.textCursor().selectionStart()) == "reyes-1"


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

    def fill(self, quotation, **_options):
        quotation.words = "The channel will be dredged in spring."
        quotation.speaker = "Alma Reyes"
        return quotation

    monkeypatch.setattr(QuotationsPane, "edit_in_dialog", fill)
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    assert pane.selected_id() == "reyes-2"
    assert next_quotation_id({"q-1"}, "") == "q-2"


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Ayşe Çetin", "cetin-1"),  # was "etin-1": the Ç dropped (a trial)
        ("Mehmet Şahin", "sahin-1"),
        ("Deniz Kılıç", "kilic-1"),
        ("Jan Łukasiewicz", "lukasiewicz-1"),
        ("Jürgen Müller-Groß", "gross-1"),
        ("Ирина Котова", "q-1"),  # no Latin letter to make one of
        ("ماجد السالم", "q-1"),
    ],
)
def test_a_quotations_id_is_the_speakers_name_in_plain_latin_letters(
    speaker: str, expected: str
) -> None:
    assert next_quotation_id(set(), speaker) == expected


def test_deleting_an_unused_quotation_asks_nothing(qtbot, workspace) -> None:
    article = english_article()
    article.quotations.append(Quotation(id="spare-1", words="Never used.", speaker="Nobody"))
    window = workspace.add_window(article)
    pane = window.form.quotations
    pane.select("spare-1")
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert [q.id for q in window.article().quotations] == ["reyes-1", "berg-1"]


# -- a bank of many quotations --------------------------------------------------------------

MANY = 20_000


def _many_quotations_article():
    article = english_article()
    # After the sample's own two (reyes-1, berg-1).
    article.quotations += [
        Quotation(id=f"q{number}", words=f"Words {number}.", speaker="A speaker")
        for number in range(MANY)
    ]
    tokens = [f"[[quote:q{number}]]" for number in range(MANY)]
    article.sections[0].body = "\n\n".join(
        " ".join(tokens[at : at + 20]) for at in range(0, MANY, 20)
    )
    return article


def test_a_bank_of_many_quotations_opens_at_once_and_edits_reach_the_article(
    qtbot, workspace, monkeypatch
) -> None:
    # 20,000 quotations: the table built a row of widgets for each and fitted every row's
    # height, twice (bank, then uses), some 5 s; each snapshot of the article copied them
    # all. The table now asks a model for the rows it shows.
    started = time.perf_counter()
    window = workspace.add_window(_many_quotations_article())
    pane = window.form.quotations  # built now, as after the first paint
    opened = time.perf_counter() - started
    rows = pane.table.model()
    assert rows.rowCount() == MANY + 2
    last = MANY + 1
    assert rows.index(last, 1).data() == "A speaker"
    assert rows.index(last, 2).data() == f"Words {MANY - 1}."
    assert rows.index(last, 6).data() == "1 ×"
    # Generous, for slow machines: here it takes 0.2 s, the pane as it was took 3 s.
    assert opened < 1.5, f"opening took {opened:.2f} s"

    before = window.article()
    pane.select(f"q{MANY - 1}")
    assert pane.selected_id() == f"q{MANY - 1}"

    def edit(self, quotation):
        quotation.words = "A quay without water is a monument."
        return quotation

    monkeypatch.setattr(QuotationsPane, "edit_in_dialog", edit)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    after = window.article()
    assert after.quotation(f"q{MANY - 1}").words == "A quay without water is a monument."
    assert rows.index(last, 2).data() == "A quay without water is a monument."
    # A snapshot taken before keeps the words it had.
    assert before.quotation(f"q{MANY - 1}").words == f"Words {MANY - 1}."
    assert len(after.quotations) == MANY + 2


def test_a_token_typed_into_a_long_body_counts_as_a_use(qtbot, workspace) -> None:
    window = workspace.add_window(_many_quotations_article())
    pane = window.form.quotations
    body = window.form.sections[0].editor
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_into(qtbot, body, " [[quote:q7]] [[quote:ghost-1]]")
    rows = pane.table.model()
    qtbot.waitUntil(lambda: rows.index(2 + 7, 6).data() == "2 ×", timeout=5000)
    assert pane.unknown_ids() == ["ghost-1"]
    assert rows.index(MANY + 2, 2).data() == "“ghost-1” is used in the text but not in the bank"
    # Typed away again, the use goes with it: a chip goes with one Backspace.
    for _key in range(2):
        qtbot.keyClick(body, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: pane.unknown_ids() == [], timeout=5000)
    assert rows.rowCount() == MANY + 2
    assert rows.index(2 + 7, 6).data() == "2 ×"


def test_editing_a_quotation_recounts_the_words_of_the_sections_placing_it(
    qtbot, workspace, monkeypatch
) -> None:
    # The status bar counts a placed quotation's words; a bank edit left them as they were.
    window = workspace.add_window(english_article())
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    before = window.counts()["sections/1"]
    pane = window.form.quotations
    pane.select("berg-1")

    def edit(self, quotation):
        quotation.words += " And one more thing."
        return quotation

    monkeypatch.setattr(QuotationsPane, "edit_in_dialog", edit)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.counts()["sections/1"] == before + 4, timeout=3000)


def test_deleting_adding_and_editing_a_quotation_are_undone_in_order(
    qtbot, workspace, monkeypatch
) -> None:
    # Deleting a used quotation could not be undone: Ctrl+Z took back the quotation put in
    # the text before it instead (seen on Xvfb).
    from PySide6.QtWidgets import QMessageBox

    window = workspace.add_window(english_article())
    form = window.form
    pane = form.quotations
    body = form.sections[1].editor
    type_into(qtbot, body, " The end.")
    pane.select("reyes-1")
    body.setFocus()
    window.quote_action.trigger()
    with_token = body.text()
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: yes)
    pane.select("reyes-1")
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert [q.id for q in window.article().quotations] == ["berg-1"]

    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The quotation is back, whole, and the text keeps the token put in before.
    restored = {q.id: q for q in window.article().quotations}
    assert restored["reyes-1"] == english_article().quotations[0]
    assert body.text() == with_token
    assert pane.selected_id() == "reyes-1"
    qtbot.keyClick(body, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [q.id for q in window.article().quotations] == ["berg-1"]

    # An edited quotation goes back to its words; an added one goes away.
    def edit(self, quotation):
        quotation.words = "A quay without water is a monument"
        return quotation

    monkeypatch.setattr(QuotationsPane, "edit_in_dialog", edit)
    pane.select("berg-1")
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    assert window.article().quotations[0].words == "A quay without water is a monument"
    window.undo_action.trigger()
    assert window.article().quotations[0].words == english_article().quotations[1].words
    window.undo_action.trigger()  # the deletion, undone again
    window.undo_action.trigger()  # the token put in the text
    assert {q.id for q in window.article().quotations} == {"reyes-1", "berg-1"}
    assert not body.text().endswith("[[quote:reyes-1]]")


def test_a_quotation_put_in_after_a_sentence_is_a_block_and_inside_one_is_set_off(
    qtbot, workspace
) -> None:
    # After "The end." the token stuck to the sentence ("end.“We…”" in the export).
    from editor.render.build import build_document
    from editor.render.tree import BlockQuote

    window = workspace.add_window(english_article())
    form = window.form
    body = form.sections[1].editor
    type_into(qtbot, body, " The end.")
    form.quotations.select("reyes-1")
    body.setFocus()
    window.quote_action.trigger()
    assert body.text().endswith("The end.\n\n[[quote:reyes-1]]")
    document = build_document(window.article(), workspace.house_style())
    last = document.sections[1].blocks[-1]
    assert isinstance(last, BlockQuote) and last.quotation_id == "reyes-1"
    # Inside a sentence: a space each side, none before a full stop.
    body.set_text("They said today.")
    cursor = body.textCursor()
    cursor.setPosition(len("They said"))
    body.setTextCursor(cursor)
    window.quote_action.trigger()
    assert body.text() == "They said [[quote:reyes-1]] today."
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.Left)  # before the full stop
    body.setTextCursor(cursor)
    window.quote_action.trigger()
    assert body.text() == "They said [[quote:reyes-1]] today [[quote:reyes-1]]."
    # Nor before an Urdu full stop.
    body.set_text("انہوں نے کہا۔")
    cursor = body.textCursor()
    cursor.setPosition(len("انہوں نے کہا"))
    body.setTextCursor(cursor)
    window.quote_action.trigger()
    assert body.text() == "انہوں نے کہا [[quote:reyes-1]]۔"
