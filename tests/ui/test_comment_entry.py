"""The box a comment is written in (Qt's multi-line input ran a long comment sideways out
of sight and took Tab as a tab character, seen on Xvfb)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from editor.ui.review.comment_entry import CommentDialog


def test_a_long_comment_wraps_and_tab_leaves_the_box(qtbot) -> None:
    dialog = CommentDialog(None, "Add comment", "Comment:")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    words = "Which ferry, and from which quay does it leave in the winter timetable? " * 3
    qtbot.keyClicks(dialog.edit, words)
    assert not dialog.edit.horizontalScrollBar().isVisible()
    assert dialog.edit.document().documentLayout().documentSize().width() <= (
        dialog.edit.viewport().width()
    )
    assert dialog.edit.document().firstBlock().layout().lineCount() > 1  # wrapped
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Tab)
    assert "\t" not in dialog.text()
    assert not dialog.edit.hasFocus()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.focusWidget() is ok


def test_ctrl_enter_sends_the_comment(qtbot) -> None:
    dialog = CommentDialog(None, "Add comment", "Comment:")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edit, "Source?")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # a new line, as in any text
    qtbot.keyClicks(dialog.edit, "Which one?")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.text() == "Source?\nWhich one?"
