"""Insert › Link (Ctrl+K) asks for the address (and the words, when none are selected)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from editor.ui.form.link_dialog import LinkDialog
from editor.ui.form.markdown_editor import MarkdownEditor


def _answer(qtbot, words: str, address: str, *, ok: bool = True) -> None:
    """Fill in the dialog when it shows, as a writer types into it."""

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LinkDialog))
        if words:
            qtbot.keyClicks(dialog.words_edit, words)
        dialog.address_edit.clear()
        qtbot.keyClicks(dialog.address_edit, address)
        button = (
            QDialogButtonBox.StandardButton.Ok if ok else QDialogButtonBox.StandardButton.Cancel
        )
        dialog.buttons.button(button).click()

    QTimer.singleShot(0, fill)


@pytest.fixture
def box(qtbot) -> MarkdownEditor:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("See the report today.")
    return editor


def test_with_nothing_selected_the_words_and_address_are_asked_and_put_in(qtbot, box) -> None:
    # A trial: Ctrl+K put "[](https://)" in the text, and Tab then left the box.
    cursor = box.textCursor()
    cursor.setPosition(len("See "))
    box.setTextCursor(cursor)
    _answer(qtbot, "the council's page", "https://example.org/a b")
    box.insert_link()
    assert box.text() == "See [the council's page](https://example.org/a%20b)the report today."
    # The cursor after the link, to type on.
    assert box.textCursor().position() == box.text().index("the report")


def test_selected_words_become_the_link_and_stay_as_they_are(qtbot, box) -> None:
    cursor = box.textCursor()
    cursor.setPosition(len("See the "))
    cursor.setPosition(len("See the report"), QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    _answer(qtbot, "", "https://example.org")
    box.insert_link()
    assert box.text() == "See the [report](https://example.org) today."
    assert box.textCursor().position() == box.text().index(" today")
    # One step of undo takes the link away.
    box.undo()
    assert box.text() == "See the report today."


def test_cancel_changes_nothing(qtbot, box) -> None:
    _answer(qtbot, "words", "https://example.org", ok=False)
    box.insert_link()
    assert box.text() == "See the report today."


def test_the_dialog_offers_an_address_copied_and_needs_one(qtbot) -> None:
    QApplication.clipboard().setText("https://example.org/copied")
    dialog = LinkDialog("report")
    qtbot.addWidget(dialog)
    assert dialog.address_edit.text() == "https://example.org/copied"
    assert dialog.words_edit.isReadOnly()
    dialog.address_edit.clear()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    QApplication.clipboard().setText("not an address, a sentence")
    other = LinkDialog("")
    qtbot.addWidget(other)
    assert other.address_edit.text() == "" and not other.words_edit.isReadOnly()
    other.address_edit.setText("example.org")
    assert other.words() == "example.org"  # no words typed: the address shows


def test_a_selection_across_paragraphs_or_a_quotation_is_no_link(qtbot, box, monkeypatch) -> None:
    # Ctrl+K over "etüdü." and the next paragraph put "[etüdü." in one paragraph and
    # "Ça](https://…)" in the next, as text, the quotation between them dropped (a trial).
    from PySide6.QtWidgets import QToolTip

    from editor.ui.form import link_dialog

    asked: list[str] = []
    monkeypatch.setattr(link_dialog, "ask_link", lambda _parent, words: asked.append(words))
    box.set_text("The survey is done.\n\n[[quote:q1]]\n\nWork starts in May.")
    before = box.text()
    cursor = box.textCursor()
    cursor.setPosition(len("The survey is "))
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    assert box.insert_link() is False
    assert asked == [] and box.text() == before
    assert "one paragraph" in QToolTip.text()
    # Within one paragraph, the dialog is asked as before.
    cursor.setPosition(len("The "))
    cursor.setPosition(len("The survey"), QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    box.insert_link()
    assert asked == ["survey"]
