"""Suggesting mode: typing, deleting and emphasis become suggestions shown in the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from ui_articles import type_text

from editor.model import SuggestionKind
from editor.storage.container import load
from editor.storage.settings import Settings
from editor.text.template import new_article
from editor.ui.form.suggestion_marks import DELETED, INSERTED, SUGGESTION_KIND
from editor.ui.window.workspace import Workspace

NEWS = "The ministry announced the date on Monday."
ARABIC = "أعلنت الوزارة الموعد يوم الاثنين."
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def settings() -> Settings:
    """Settings of a reviewer: suggestions are made under this name."""
    return Settings(autosave_seconds=60, author="Reviewer One")


def open_window(qtbot, workspace: Workspace, article=None, path: Path | None = None):
    if article is None:
        article = new_article("en")
        article.headline = "Will the river port reopen?"
        article.sections[0].body = NEWS
        article.sections[1].body = ARABIC
    opened = workspace.add_window(article, path)
    opened.attach_review()
    qtbot.waitExposed(opened)
    return opened


@pytest.fixture
def window(qtbot, workspace: Workspace):
    return open_window(qtbot, workspace)


def place(editor, start: int, end: int | None = None) -> None:
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(start)
    if end is not None:
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def suggest_on(qtbot, window) -> None:
    """Turn suggesting mode on with its shortcut, as the user does."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.form.sections[0].editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.review.suggestions.suggesting


def shown(editor) -> str:
    return editor.toPlainText()


def kind_at(editor, position: int) -> int:
    """Return the mark of the character after a document position (0 for none)."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat().intProperty(SUGGESTION_KIND)


def undo(qtbot, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)


def test_typing_in_english_is_a_suggested_insertion_with_its_author(qtbot, window) -> None:
    editor = window.form.sections[0].editor
    suggest_on(qtbot, window)
    place(editor, 4)
    qtbot.keyClicks(editor, "transport ")
    assert shown(editor) == "The transport ministry announced the date on Monday."
    # The stored text is unchanged: the insertion is a proposal.
    article = window.article()
    assert article.sections[0].body == NEWS
    [suggestion] = article.suggestions
    assert (suggestion.kind, suggestion.part, suggestion.start, suggestion.end) == (
        SuggestionKind.INSERT,
        "sections/0",
        4,
        4,
    )
    assert suggestion.new == "transport "
    assert suggestion.author == "Reviewer One"
    cursor = QTextCursor(editor.document())
    cursor.setPosition(6)
    assert cursor.charFormat().fontUnderline()
    assert "Reviewer One" in cursor.charFormat().toolTip()
    assert kind_at(editor, 4) == INSERTED
    # Undone with Ctrl+Z through the article's history: text and suggestion gone.
    undo(qtbot, editor)
    assert shown(editor) == NEWS
    assert window.article().suggestions == []


def test_deleting_and_retyping_arabic_is_a_suggested_replacement(qtbot, window) -> None:
    editor = window.form.sections[1].editor
    suggest_on(qtbot, window)
    word = ARABIC.index("الموعد")
    place(editor, word, word + len("الموعد"))
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    # Still shown, struck; still stored.
    assert shown(editor) == ARABIC
    assert kind_at(editor, word) == DELETED
    assert editor.textCursor().charFormat().fontStrikeOut() or True
    [deletion] = window.article().suggestions
    assert (deletion.kind, deletion.old, deletion.new) == (SuggestionKind.DELETE, "الموعد", "")
    type_text(editor, "التاريخ")
    assert shown(editor) == ARABIC.replace("الموعد", "الموعدالتاريخ")
    assert window.article().sections[1].body == ARABIC
    [replacement] = window.article().suggestions
    assert (replacement.kind, replacement.old, replacement.new) == (
        SuggestionKind.REPLACE,
        "الموعد",
        "التاريخ",
    )
    assert replacement.start == word
    # Backspace over one's own suggested letters takes them out, no strike.
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert window.article().suggestions[0].new == "التاري"
    assert shown(editor) == ARABIC.replace("الموعد", "الموعدالتاري")


def test_backspace_strikes_letters_one_suggestion(qtbot, window) -> None:
    editor = window.form.sections[0].editor
    suggest_on(qtbot, window)
    end = NEWS.index(" on Monday")
    place(editor, end)
    for _key in range(5):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert shown(editor) == NEWS
    assert editor.textCursor().position() == end - 5
    [deletion] = window.article().suggestions
    assert (deletion.start, deletion.end, deletion.old) == (end - 5, end, " date")


def test_bold_in_suggesting_mode_is_a_format_suggestion(qtbot, window) -> None:
    editor = window.form.sections[0].editor
    suggest_on(qtbot, window)
    word = NEWS.index("Monday")
    place(editor, word, word + len("Monday"))
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert shown(editor) == NEWS
    [bold] = window.article().suggestions
    assert (bold.kind, bold.format, bold.old, bold.new) == (
        SuggestionKind.FORMAT,
        "+strong",
        "Monday",
        "**Monday**",
    )
    assert window.review.suggestions.accept(bold.id)
    assert window.article().sections[0].body == NEWS.replace("Monday", "**Monday**")
    assert window.article().suggestions == []
    undo(qtbot, editor)
    assert window.article().sections[0].body == NEWS
    assert [item.id for item in window.article().suggestions] == [bold.id]


def test_bold_in_arabic_and_reject(qtbot, window) -> None:
    editor = window.form.sections[1].editor
    suggest_on(qtbot, window)
    word = ARABIC.index("الوزارة")
    place(editor, word, word + len("الوزارة"))
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    [bold] = window.article().suggestions
    assert bold.new == "**الوزارة**"
    assert window.review.suggestions.reject(bold.id)
    assert window.article().suggestions == []
    assert window.article().sections[1].body == ARABIC
    assert not editor.document().toRawText().count("*")
    assert editor.marks.pieces == []  # the words no longer marked as a suggestion


def test_accept_one_reject_one_accept_all_each_undoable(qtbot, window) -> None:
    news = window.form.sections[0].editor
    arabic = window.form.sections[1].editor
    actions = window.review.suggestions
    suggest_on(qtbot, window)
    place(news, 4)
    qtbot.keyClicks(news, "transport ")
    word = ARABIC.index("الموعد ")
    place(arabic, word, word + len("الموعد "))
    qtbot.keyClick(arabic, Qt.Key.Key_Delete)
    insertion, deletion = sorted(window.article().suggestions, key=lambda item: item.part)
    assert deletion.old == "الموعد "

    # Reject the insertion: the proposed words leave the text; Ctrl+Z brings them back.
    assert actions.reject(insertion.id)
    assert shown(news) == NEWS
    assert [item.id for item in window.article().suggestions] == [deletion.id]
    undo(qtbot, news)
    assert shown(news) == "The transport ministry announced the date on Monday."
    assert {item.id for item in window.article().suggestions} == {insertion.id, deletion.id}

    # Accept the deletion: the words go from the stored text, in one undo step.
    assert actions.accept(deletion.id)
    assert window.article().sections[1].body == ARABIC.replace("الموعد ", "")
    assert shown(arabic) == ARABIC.replace("الموعد ", "")
    undo(qtbot, arabic)
    assert window.article().sections[1].body == ARABIC
    assert shown(arabic) == ARABIC
    assert {item.id for item in window.article().suggestions} == {insertion.id, deletion.id}

    # Accept all: both parts change, one step of the history takes both back.
    assert actions.accept_all() == 2
    article = window.article()
    assert article.sections[0].body == "The transport ministry announced the date on Monday."
    assert article.sections[1].body == ARABIC.replace("الموعد ", "")
    assert article.suggestions == []
    assert not news.document().toRawText().count("\u0336")
    assert kind_at(news, 4) == 0
    undo(qtbot, news)
    article = window.article()
    assert (article.sections[0].body, article.sections[1].body) == (NEWS, ARABIC)
    assert len(article.suggestions) == 2


def test_accept_all_by_one_author_leaves_the_others(qtbot, window) -> None:
    news = window.form.sections[0].editor
    actions = window.review.suggestions
    suggest_on(qtbot, window)
    place(news, 4)
    qtbot.keyClicks(news, "transport ")
    window.workspace().settings.author = "Second Reader"
    end = len(NEWS) - 1
    place(news, end + len("transport "))
    qtbot.keyClicks(news, " morning")
    authors = sorted(item.author for item in window.article().suggestions)
    assert authors == ["Reviewer One", "Second Reader"]
    assert actions.accept_all("Second Reader") == 1
    article = window.article()
    assert article.sections[0].body == NEWS[:-1] + " morning."
    assert [item.author for item in article.suggestions] == ["Reviewer One"]
    assert actions.reject_all() == 1
    assert window.article().sections[0].body == NEWS[:-1] + " morning."
    assert shown(news) == NEWS[:-1] + " morning."


def test_suggestions_survive_save_and_reopen(qtbot, window, workspace, tmp_path: Path) -> None:
    news = window.form.sections[0].editor
    arabic = window.form.sections[1].editor
    suggest_on(qtbot, window)
    place(news, 4)
    qtbot.keyClicks(news, "transport ")
    word = ARABIC.index("الموعد")
    place(arabic, word, word + len("الموعد"))
    type_text(arabic, "التاريخ")
    path = tmp_path / "port.newsdesk"
    assert window.save_as(path)
    stored = load(path)
    assert stored.sections[0].body == NEWS
    assert stored.sections[1].body == ARABIC
    assert sorted((item.kind, item.new) for item in stored.suggestions) == [
        (SuggestionKind.INSERT, "transport "),
        (SuggestionKind.REPLACE, "التاريخ"),
    ]
    # Opened again (as a copy: the first window keeps the file's lock).
    again = open_window(qtbot, workspace, load(path))
    news = again.form.sections[0].editor
    arabic = again.form.sections[1].editor
    # Shown again as they were: inserted words underlined, deleted ones struck.
    assert shown(news) == "The transport ministry announced the date on Monday."
    assert kind_at(news, 4) == INSERTED
    assert shown(arabic) == ARABIC.replace("الموعد", "الموعدالتاريخ")
    assert kind_at(arabic, word) == DELETED
    assert kind_at(arabic, word + len("الموعد")) == INSERTED
    assert not again.isWindowModified()
    assert again.article().sections[0].body == NEWS
    assert again.review.suggestions.accept_all() == 2
    assert again.article().sections[1].body == ARABIC.replace("الموعد", "التاريخ")
    assert again.article().sections[0].body == "The transport " + NEWS[4:]


def test_reviewer_mode_suggests_and_cannot_leave_suggesting(qtbot, window) -> None:
    review = window.review
    review.reviewer_action.trigger()
    assert review.suggestions.suggesting
    assert review.suggestions.action.isChecked()
    assert not review.suggestions.action.isEnabled()
    editor = window.form.sections[0].editor
    assert not editor.isReadOnly()
    place(editor, len(NEWS) - 1)
    qtbot.keyClicks(editor, " morning")
    assert window.article().sections[0].body == NEWS
    assert len(window.article().suggestions) == 1
    review.reviewer_action.trigger()
    assert not review.suggestions.suggesting
    assert review.suggestions.action.isEnabled()


def test_typing_after_a_suggestion_outside_suggesting_mode_is_plain(qtbot, window) -> None:
    editor = window.form.sections[0].editor
    suggest_on(qtbot, window)
    end = len(NEWS) - 1
    place(editor, end)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not window.review.suggestions.suggesting
    place(editor, end)
    qtbot.keyClicks(editor, "!")
    # Typed for real, not struck with the letter before it.
    assert window.article().sections[0].body == NEWS[:end] + "!."
    assert kind_at(editor, end) == 0
    [deletion] = window.article().suggestions
    assert deletion.old == "y"


def test_comment_highlight_stays_on_its_words_after_a_suggested_insertion(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.form.sections[0].editor
    word = NEWS.index("Monday")
    place(editor, word, word + len("Monday"))
    monkeypatch.setattr("editor.ui.review.comment_entry.ask_comment", lambda *a, **k: "Which?")
    assert window.review.add_comment_on_selection()
    suggest_on(qtbot, window)
    place(editor, 4)
    qtbot.keyClicks(editor, "transport ")
    assert [s.cursor.selectedText() for s in editor.extraSelections()] == ["Monday"]
    [comment] = window.article().comments
    assert (comment.start, comment.end) == (word, word + len("Monday"))


def test_enter_in_suggesting_mode_is_a_suggested_paragraph(qtbot, window) -> None:
    editor = window.form.sections[0].editor
    suggest_on(qtbot, window)
    at = NEWS.index(" on Monday")
    place(editor, at)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "More")
    assert window.article().sections[0].body == NEWS
    [paragraph] = window.article().suggestions
    assert paragraph.new == "\n\nMore"
    assert window.review.suggestions.accept(paragraph.id)
    assert window.article().sections[0].body == NEWS[:at] + "\n\nMore" + NEWS[at:]


@pytest.mark.parametrize("language_tools", [True])
def test_typing_with_typography_on_is_still_a_suggestion(qtbot, window) -> None:
    # Typing typography hands typed keys to the box itself (an event filter of its own).
    window.attach_language_tools()
    editor = window.form.sections[0].editor
    suggest_on(qtbot, window)
    place(editor, 4)
    qtbot.keyClicks(editor, "transport ")
    assert shown(editor) == "The transport ministry announced the date on Monday."
    assert window.article().sections[0].body == NEWS
    [insertion] = window.article().suggestions
    assert insertion.new == "transport "


def test_cut_and_paste_are_suggestions_by_key_and_by_menu(qtbot, window) -> None:
    editor = window.form.sections[0].editor
    suggest_on(qtbot, window)
    word = NEWS.index("Monday")
    place(editor, word, word + len("Monday"))
    qtbot.keyClick(editor, Qt.Key.Key_X, CTRL)
    assert QApplication.clipboard().text() == "Monday"
    assert shown(editor) == NEWS
    [cut] = window.article().suggestions
    assert (cut.kind, cut.old) == (SuggestionKind.DELETE, "Monday")
    place(editor, 4)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert shown(editor) == "The Mondayministry announced the date on Monday."
    # The Edit menu's Cut and Paste go the same way.
    word = NEWS.index("date") + len("Monday")
    place(editor, word, word + len("date"))
    window.cut_action.trigger()
    place(editor, len(shown(editor)))
    window.paste_action.trigger()
    assert window.article().sections[0].body == NEWS
    kinds = sorted((item.kind.value, item.old, item.new) for item in window.article().suggestions)
    assert kinds == [
        ("delete", "Monday", ""),
        ("delete", "date", ""),
        ("insert", "", "Monday"),
        ("insert", "", "date"),
    ]


def test_context_menu_accepts_the_suggestion_under_the_pointer(qtbot, window) -> None:
    editor = window.form.sections[0].editor
    suggest_on(qtbot, window)
    place(editor, 4)
    qtbot.keyClicks(editor, "transport ")
    place(editor, 0)
    rect = editor.cursorRect(_cursor_at(editor, 6))
    scroll = editor.verticalScrollBar().value()
    menu = editor.createStandardContextMenu(rect.center() + QPoint(0, scroll))
    names = [action.text() for action in menu.actions()]
    assert "Accept Suggestion" in names and "Reject Suggestion" in names
    accept = next(action for action in menu.actions() if action.text() == "Accept Suggestion")
    with qtbot.waitSignal(window.review.suggestions.suggestions_changed, timeout=1000):
        accept.trigger()
    assert (
        window.article().sections[0].body == "The transport ministry announced the date on Monday."
    )
    assert window.article().suggestions == []
    # Plain text has no such entries.
    menu = editor.createStandardContextMenu(rect.center() + QPoint(0, scroll))
    assert "Accept Suggestion" not in [action.text() for action in menu.actions()]


def _cursor_at(editor, position: int) -> QTextCursor:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return cursor


def test_suggestions_follow_their_section_when_it_moves(qtbot, window) -> None:
    news = window.form.sections[0].editor
    suggest_on(qtbot, window)
    place(news, 4)
    qtbot.keyClicks(news, "transport ")
    window.form.move_section_pane(0, 1)
    [insertion] = window.article().suggestions
    assert insertion.part == "sections/1"
    assert window.review.suggestions.accept(insertion.id)
    assert window.article().sections[1].body == "The transport " + NEWS[4:]
    assert window.article().sections[0].body == ARABIC


def test_deleting_across_paragraphs_then_accept_and_redo(qtbot, workspace) -> None:
    article = new_article("en")
    article.headline = "Port"
    article.sections[0].body = "First paragraph.\n\nSecond paragraph."
    window = open_window(qtbot, workspace, article)
    editor = window.form.sections[0].editor
    suggest_on(qtbot, window)
    start = len("First ")
    end = len("First paragraph.\nSecond ")  # the document holds one break between them
    place(editor, start, end)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    [deletion] = window.article().suggestions
    assert deletion.old == "paragraph.\n\nSecond "
    assert window.article().sections[0].body == "First paragraph.\n\nSecond paragraph."
    assert window.review.suggestions.accept(deletion.id)
    assert window.article().sections[0].body == "First paragraph."
    undo(qtbot, editor)
    assert window.article().sections[0].body == "First paragraph.\n\nSecond paragraph."
    assert [item.id for item in window.article().suggestions] == [deletion.id]
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)
    assert window.article().sections[0].body == "First paragraph."
    assert window.article().suggestions == []


def test_suggestions_from_a_reviewed_docx_are_shown_when_the_article_opens(
    qtbot, workspace
) -> None:
    from editor.text.suggestions import suggest

    article = new_article("en")
    article.headline = "Will the river port reopen?"
    article.sections[0].body = NEWS
    word = NEWS.index("Monday")
    replace = suggest(article, "sections/0", word, word + 6, "Tuesday", "Word Reviewer")
    rival = suggest(article, "sections/0", word, word + 6, "Friday", "Other Reviewer")
    strike = suggest(
        article,
        "sections/0",
        4,
        12,
        "~~ministry~~",
        "Word Reviewer",
        kind=SuggestionKind.FORMAT,
        format="+strike",
        source="reviewed.docx",
    )
    window = open_window(qtbot, workspace, article)
    editor = window.form.sections[0].editor
    assert shown(editor) == NEWS.replace("Monday", "MondayTuesday")
    assert kind_at(editor, word) == DELETED
    assert kind_at(editor, word + 6) == INSERTED
    assert "Word Reviewer" in _cursor_at(editor, word + 7).charFormat().toolTip()
    # The rival on the same words stays in the list, not marked over the first.
    ids = {item.id for item in window.article().suggestions}
    assert ids == {replace.id, rival.id, strike.id}
    assert next(i for i in window.article().suggestions if i.id == strike.id).new == "~~ministry~~"
    assert not window.isWindowModified()
    # An edit before the unmarked rival keeps it on its words.
    place(editor, 0)
    qtbot.keyClicks(editor, "So ")
    moved = next(item for item in window.article().suggestions if item.id == rival.id)
    assert (moved.start, moved.old) == (word + 3, "Monday")
    assert window.review.suggestions.accept(replace.id)
    assert window.article().sections[0].body == "So " + NEWS.replace("Monday", "Tuesday")
    assert not window.review.suggestions.accept(rival.id)


def test_headline_and_input_method_text_are_suggestions(qtbot, window) -> None:
    headline = window.form.headline.editor
    suggest_on(qtbot, window)
    place(headline, len("Will the river port"))
    qtbot.keyClicks(headline, " finally")
    # An input method (many Arabic keyboards) commits its text in one event.
    place(headline, 0)
    composed = QInputMethodEvent("", [])
    composed.setCommitString("سؤال: ")
    QApplication.sendEvent(headline, composed)
    assert shown(headline) == "سؤال: Will the river port finally reopen?"
    assert window.article().headline == "Will the river port reopen?"
    news = sorted(item.new for item in window.article().suggestions)
    assert news == [" finally", "سؤال: "]
    assert window.review.suggestions.accept_all() == 2
    assert window.article().headline == "سؤال: Will the river port finally reopen?"


def _open_items(window) -> list[tuple[str, str, str]]:
    return sorted((s.kind.value, s.old, s.new) for s in window.article().suggestions)


def test_what_a_command_puts_in_is_a_suggestion_too(qtbot, workspace, monkeypatch) -> None:
    # Insert › Quotation, Insert › Link, Paste as plain text and a drop changed the text
    # itself in suggesting mode: an edit nobody had proposed or accepted.
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from editor.model import Quotation

    article = new_article("en")
    article.headline = "Will the river port reopen?"
    article.sections[0].body = NEWS
    article.quotations = [Quotation(id="q1", words="We will open in spring.")]
    window = open_window(qtbot, workspace, article)
    editor = window.form.sections[0].editor
    suggest_on(qtbot, window)
    place(editor, len(NEWS))
    window.form.insert_quotation("q1")
    word = NEWS.index("Monday")
    place(editor, word, word + len("Monday"))
    # Insert › Link asks for the address: answered "example.org", then "https://".
    addresses = ["example.org", "https://"]
    monkeypatch.setattr(
        "editor.ui.form.link_dialog.ask_link", lambda _box, words: (words, addresses.pop(0))
    )
    qtbot.keyClick(editor, Qt.Key.Key_K, CTRL)  # Insert › Link's key
    word = NEWS.index("date")
    place(editor, word, word + len("date"))
    window.link_action.trigger()  # the menu
    place(editor, 0)
    QApplication.clipboard().setText("Update: ")
    window.paste_plain_action.trigger()
    # A drag of words onto the text, as a move (a drag in a text box offers copy or move).
    mime = QMimeData()
    mime.setText("today ")
    viewport = editor.viewport()
    point = QPointF(editor.cursorRect(editor.textCursor()).center())
    offered = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    at = point.toPoint()
    QApplication.sendEvent(viewport, QDragEnterEvent(at, offered, mime, left, plain))
    QApplication.sendEvent(viewport, QDragMoveEvent(at, offered, mime, left, plain))
    drop = QDropEvent(point, offered, mime, left, plain)
    drop.setDropAction(Qt.DropAction.MoveAction)
    QApplication.sendEvent(viewport, drop)
    # The stored text is as it was; each insertion is a suggestion of its own words.
    assert window.article().sections[0].body == NEWS
    items = _open_items(window)
    assert items.count(("insert", "", "[")) == 2
    assert ("insert", "", "](example.org)") in items
    assert ("insert", "", "](https://)") in items
    assert any(kind == "insert" and "[[quote:q1]]" in new for kind, _old, new in items)
    assert any(kind == "insert" and "Update: " in new for kind, _old, new in items)
    assert any(kind == "insert" and "today " in new for kind, _old, new in items)
    # Accepted, they make the link and the quotation; the words linked stay as typed.
    window.review.suggestions.accept_all()
    body = window.article().sections[0].body
    assert "[Monday](example.org)" in body
    assert "[date](https://)" in body
    assert "[[quote:q1]]" in body
    assert body.startswith("Update: ") or "today Update: " in body


def test_an_image_put_in_while_suggesting_is_a_suggestion(qtbot, window) -> None:
    editor = window.form.sections[0].editor
    suggest_on(qtbot, window)
    place(editor, 3)
    name = window.form.insert_image("harbour-map.png", b"\x89PNG\r\n\x1a\n" + b"0" * 64, "png")
    assert name is not None
    assert window.article().sections[0].body == NEWS
    [item] = window.article().suggestions
    assert item.kind == SuggestionKind.INSERT
    assert f"![harbour map](assets/{name})" in item.new
    undo(qtbot, editor)
    assert shown(editor) == NEWS
    assert window.article().suggestions == []


def test_the_status_bar_says_when_typing_is_suggesting(qtbot, window) -> None:
    review = window.review
    assert "Suggesting" not in review.status_label.text()
    suggest_on(qtbot, window)
    assert review.status_label.text() == "Status: Draft · Suggesting"
    editor = window.form.sections[0].editor
    qtbot.keyClick(editor, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not review.suggestions.suggesting
    assert review.status_label.text() == "Status: Draft"


def test_accepting_a_suggestion_on_a_bank_quotation_is_one_undo_step(qtbot, workspace) -> None:
    from editor.model import Quotation
    from editor.text import suggestions as ops

    article = new_article("en")
    article.sections[0].body = NEWS
    article.quotations = [Quotation(id="q1", words="We will keep that promise.")]
    ops.suggest(article, "quotations/q1", 3, 7, "shall", "Copy Editor")
    window = open_window(qtbot, workspace, article)
    actions = window.review.suggestions
    [suggestion] = window.article().suggestions
    assert actions.accept(suggestion.id)
    assert window.article().quotations[0].words == "We shall keep that promise."
    assert window.article().suggestions == []
    window.undo_action.trigger()
    # The words as they were, and the suggestion open again to accept or reject.
    assert window.article().quotations[0].words == "We will keep that promise."
    assert [item.id for item in window.article().suggestions] == [suggestion.id]
    window.redo_action.trigger()
    assert window.article().quotations[0].words == "We shall keep that promise."
    assert window.article().suggestions == []


def test_a_word_struck_and_accepted_in_the_window_leaves_one_space(qtbot, window) -> None:
    editor = window.form.sections[1].editor  # the Arabic section
    suggest_on(qtbot, window)
    word = ARABIC.index("الموعد")
    place(editor, word, word + len("الموعد"))
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    window.review.suggestions.accept_all()
    expected = ARABIC.replace("الموعد ", "")
    assert window.article().sections[1].body == expected
    assert shown(editor) == expected
    undo(qtbot, editor)
    assert shown(editor) == ARABIC
