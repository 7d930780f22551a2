"""Find and Replace across the panes of the article form."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QTextCursor
from ui_articles import english_article

from editor.render.html import render_html


def test_find_next_walks_through_every_pane_in_reading_order(qtbot, workspace) -> None:
    window = workspace.add_window(english_article())
    dialog = window.find_dialog()
    dialog.find_edit.setText("port")
    window.form.headline.editor.setFocus()
    places = []
    for _ in range(4):
        assert dialog.find_next()
        places.append(dialog._current)
    form = window.form
    assert places[0] is form.headline.editor
    assert places[1] is form.sections[0].editor
    assert all(p.textCursor().selectedText().lower() == "port" for p in places[1:3])


def test_replace_all_changes_every_pane_and_each_is_one_undo_step(qtbot, workspace) -> None:
    window = workspace.add_window(english_article())
    dialog = window.find_dialog()
    dialog.find_edit.setText("port")
    dialog.replace_edit.setText("harbour")
    dialog.case_check.setChecked(True)
    fields = window.form.searchable()
    before = sum(
        (field.text() if hasattr(field, "text") else "").count("port") for field in fields
    )
    in_bank = sum(quotation.words.count("port") for quotation in window.article().quotations)
    count = dialog.replace_all()
    article = window.article()
    assert count == before + in_bank and before > 3 and in_bank == 2
    assert article.headline == "Will the river harbour reopen before winter?"
    assert "river harbour of Kestrel Bay" in article.sections[0].body
    assert "trans" + "harbour" in article.sections[0].body  # every match, as asked
    assert article.meta.tags == ["transharbour", "harbours"]
    assert all("port" not in field.text() for field in fields)
    assert window.isWindowModified()
    window.form.sections[0].editor.undo()
    assert "river port of Kestrel Bay" in window.article().sections[0].body
    assert window.article().headline == "Will the river harbour reopen before winter?"


def test_replace_replaces_the_selected_match_then_finds_the_next(qtbot, workspace) -> None:
    window = workspace.add_window(english_article())
    dialog = window.find_dialog()
    dialog.find_edit.setText("Kestrel Bay")
    dialog.replace_edit.setText("Kestrel Harbour")
    window.form.opening.editor.setFocus()
    assert dialog.find_next()
    assert dialog.replace_current()
    article = window.article()
    assert "port of Kestrel Harbour will reopen" in article.sections[0].body
    assert dialog._current is window.form.byline.place_edit
    dialog.replace_current()
    assert window.article().byline.place == "Kestrel Harbour"


def test_nothing_found_says_so(qtbot, workspace) -> None:
    window = workspace.add_window(english_article())
    dialog = window.find_dialog()
    dialog.find_edit.setText("submarine")
    assert not dialog.find_next()
    assert dialog.status_label.text() == "“submarine” was not found."


def test_replace_without_match_case_writes_the_replacement_in_each_matchs_case(
    qtbot, workspace
) -> None:
    article = english_article()
    article.headline = "Will the Board reopen the port?"
    article.sections[0].body = "The board met. BOARD VOTES NO, said the chair of the board."
    article.sections[0].label = "Straße und Board:"
    window = workspace.add_window(article)
    dialog = window.find_dialog()
    dialog.find_edit.setText("board")
    dialog.replace_edit.setText("council chair")
    assert dialog.replace_all() == 5
    article = window.article()
    assert article.headline == "Will the Council chair reopen the port?"
    assert article.sections[0].body == (
        "The council chair met. COUNCIL CHAIR VOTES NO, said the chair of the council chair."
    )
    # Found where it is, past a letter that folds to two ("ß" → "ss").
    assert article.sections[0].label == "Straße und Council chair:"


def test_replace_one_match_takes_its_case_and_match_case_keeps_the_replacement_as_typed(
    qtbot, workspace
) -> None:
    article = english_article()
    article.headline = "Board and board"
    window = workspace.add_window(article)
    dialog = window.find_dialog()
    dialog.find_edit.setText("board")
    dialog.replace_edit.setText("council")
    window.form.headline.editor.setFocus()
    window.form.headline.editor.moveCursor(QTextCursor.MoveOperation.Start)
    assert dialog.find_next()
    dialog.replace_current()
    assert window.article().headline == "Council and board"
    dialog.case_check.setChecked(True)
    dialog.find_edit.setText("Council")
    dialog.replace_edit.setText("jury")
    assert dialog.replace_all() == 1
    assert window.article().headline == "jury and board"


def test_keys_in_the_dialog_act_on_the_article_and_close_gives_the_text_back(
    qtbot, workspace, tmp_path
) -> None:
    # After Replace all and Close, Ctrl+S went nowhere until a click in the text; Ctrl+Z
    # with the dialog in front did nothing (a trial).
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from editor.storage.container import load, save

    path = tmp_path / "port.newsdesk"
    save(english_article(), path)
    window = workspace.open_file(path)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.find_dialog()
    dialog.show_with("port")
    qtbot.waitExposed(dialog)
    dialog.replace_edit.setText("harbour")
    dialog.replace_all_button.click()
    assert "harbour" in window.article().headline
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    dialog.replace_all_button.setFocus()
    qtbot.keyClick(dialog.replace_all_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "port" in window.article().headline  # undone from the dialog
    qtbot.keyClick(dialog.replace_all_button, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert "harbour" in window.article().headline
    dialog.close_button.click()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    focused = QApplication.focusWidget()
    assert focused is not None and window.form.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert "harbour" in load(path).headline


def test_whole_words_only_leaves_words_that_hold_the_text(qtbot, workspace) -> None:
    window = workspace.add_window(english_article())
    window.form.sections[1].editor.set_text("سلام السلام سلامٌ و سلام.")
    dialog = window.find_dialog()
    dialog.find_edit.setText("port")
    dialog.replace_edit.setText("harbour")
    dialog.words_check.setChecked(True)
    assert dialog.words_check.text() == "Whole words only"
    count = dialog.replace_all()
    article = window.article()
    assert article.headline == "Will the river harbour reopen before winter?"
    assert "river harbour of Kestrel Bay" in article.sections[0].body
    assert "transport" in article.sections[0].body  # a word holding "port" stays
    assert article.meta.tags == ["transport", "ports"]
    # The headline, the body and two quotations' words ("a working port", "not a port").
    assert count == article.sections[0].body.count("harbour") + 1 + 2
    assert sum(q.words.count("harbour") for q in article.quotations) == 2
    # In Arabic: a word with a mark on its last letter is another word (سلامٌ).
    dialog.find_edit.setText("سلام")
    dialog.replace_edit.setText("خبر")
    assert dialog.replace_all() == 2
    assert window.article().sections[1].body == "خبر السلام سلامٌ و خبر."


def test_replace_all_reaches_the_quotation_bank_in_the_same_undo_step(qtbot, workspace) -> None:
    # A name replaced everywhere stayed in the bank: the export still put "— Alma Reyes"
    # under her quotation while the text said "Alma Reyes Ortiz" (a trial).
    window = workspace.add_window(english_article())
    dialog = window.find_dialog()
    dialog.find_edit.setText("Alma Reyes")
    dialog.replace_edit.setText("Alma Reyes Ortiz")
    dialog.case_check.setChecked(True)
    before = window.article()
    assert dialog.replace_all() == 2  # the News body and the quotation's speaker
    article = window.article()
    (reyes,) = [q for q in article.quotations if q.id == "reyes-1"]
    assert reyes.speaker == "Alma Reyes Ortiz"
    assert "Deputy Minister Alma Reyes Ortiz said" in article.sections[0].body
    page = render_html(article, workspace.house_style())
    assert "Alma Reyes Ortiz" in page and "Alma Reyes<" not in page and "Reyes," not in page
    # "the fishermen" → "THE fishermen" in a quotation's words, and back with the text.
    dialog.find_edit.setText("port")
    dialog.replace_edit.setText("harbour")
    assert dialog.replace_all() > 2
    assert "a working harbour" in window.article().quotations[0].words
    # One Ctrl+Z each: the last Replace all (bank and text), then the first.
    window.form.headline.editor.setFocus()
    qtbot.keySequence(window.form.headline.editor, QKeySequence.StandardKey.Undo)
    assert window.article().quotations == article.quotations
    qtbot.keySequence(window.form.headline.editor, QKeySequence.StandardKey.Undo)
    undone = window.article()
    assert undone.quotations == before.quotations
    assert undone.sections[0].body == before.sections[0].body


def test_replace_all_leaves_the_bank_of_a_read_only_article(qtbot, workspace) -> None:
    window = workspace.add_window(english_article(), read_only=True)
    dialog = window.find_dialog()
    dialog.find_edit.setText("Alma Reyes")
    dialog.replace_edit.setText("Someone Else")
    assert dialog.replace_all() == 0
    assert [q.speaker for q in window.article().quotations if q.id == "reyes-1"] == ["Alma Reyes"]


def test_in_a_turkish_article_i_finds_its_own_capital(qtbot, workspace) -> None:
    # Replace all of "iğdeli", case ignored, replaced nothing though "İğdeli" was in the
    # headline and the body (a trial): Qt's search and Python's lower() have İ as two
    # letters. In Turkish i and ı are two letters, their capitals İ and I.
    article = english_article()
    article.language = "tr"
    article.headline = "İğdeli kıyısında ISLAK bir sabah"
    article.sections[0].body = "İğdeli sahilinde ıslak bir gün.\n\nIşık yandı, iğdeli esnaf geldi."
    window = workspace.add_window(article)
    dialog = window.find_dialog()
    dialog.find_edit.setText("iğdeli")
    dialog.replace_edit.setText("yenikent")
    assert dialog.replace_all() == 3
    changed = window.article()
    assert changed.headline == "Yenikent kıyısında ISLAK bir sabah"
    assert changed.sections[0].body == (
        "Yenikent sahilinde ıslak bir gün.\n\nIşık yandı, yenikent esnaf geldi."
    )
    # "ıslak" finds "ISLAK" and "ıslak"; "islak" (another word in Turkish) finds neither.
    dialog.find_edit.setText("islak")
    assert not dialog.find_next()
    dialog.find_edit.setText("ıslak")
    window.form.headline.editor.setFocus()
    assert dialog.find_next()
    assert window.form.headline.editor.textCursor().selectedText() == "ISLAK"
    dialog.replace_edit.setText("kuru")
    assert dialog.replace_current()  # "ISLAK" in the headline, in its capitals
    assert window.article().headline == "Yenikent kıyısında KURU bir sabah"


def test_the_count_of_a_replace_all_goes_when_it_is_undone(qtbot, workspace) -> None:
    # "2 replaced." stayed in the dialog after Ctrl+Z had put the words back (a trial).
    window = workspace.add_window(english_article())
    dialog = window.find_dialog()
    dialog.find_edit.setText("port")
    dialog.replace_edit.setText("harbour")
    count = dialog.replace_all()
    assert dialog.status_label.text() == f"{count} replaced."
    window.form.history.undo()
    assert dialog.status_label.text() == ""
