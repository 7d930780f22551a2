"""The arrow keys move the caret the way they point, in mixed Arabic and Latin lines too."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt

from editor.ui.form.markdown_editor import MarkdownEditor

MIXED = "قال أحمد إن Kestrel Bay سيفتح قبل الشتاء"


def _caret_xs(qtbot, key: Qt.Key, start_at_end: bool) -> list[int]:
    """Where the caret is, across, after each press of a key from one end of the line."""
    box = MarkdownEditor()
    qtbot.addWidget(box)
    box.resize(600, 120)
    box.show()
    qtbot.waitExposed(box)
    box.setPlainText(MIXED)
    box.setFocus()
    end = (
        box.textCursor().MoveOperation.End
        if start_at_end
        else box.textCursor().MoveOperation.Start
    )
    box.moveCursor(end)
    xs = [box.cursorRect().center().x()]
    for _ in range(len(MIXED)):
        qtbot.keyClick(box, key)
        xs.append(box.cursorRect().center().x())
    return xs


def test_left_goes_left_through_a_latin_name_in_an_arabic_line(qtbot) -> None:
    # A trial: from the Arabic line's start, Left crossed the Arabic words, then went
    # rightwards through "Kestrel" (K|e, Ke|s, Kes|t) while Left was still pressed.
    # From the line's right end (an Arabic line starts there).
    xs = _caret_xs(qtbot, Qt.Key.Key_Left, start_at_end=False)
    assert all(after <= before for before, after in itertools.pairwise(xs)), xs
    assert xs[-1] < xs[0]


def test_right_goes_right_from_the_left_end(qtbot) -> None:
    xs = _caret_xs(qtbot, Qt.Key.Key_Right, start_at_end=True)
    assert all(after >= before for before, after in itertools.pairwise(xs)), xs
    assert xs[-1] > xs[0]
