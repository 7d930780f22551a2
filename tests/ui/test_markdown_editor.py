"""The section editor: formatting keys, highlighting of Markdown and quotation tokens."""

from __future__ import annotations

from markdown_lines import HEADING, LINES, LIST, QUOTE
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor

from editor.model import Quotation
from editor.ui.form.markdown_editor import MarkdownEditor

BANK = {
    "reyes-1": Quotation(id="reyes-1", words="We will keep that promise.", speaker="Alma Reyes")
}


def _editor(qtbot, text: str) -> MarkdownEditor:
    editor = MarkdownEditor(lookup=BANK.get)
    qtbot.addWidget(editor)
    editor.resize(600, 300)
    editor.set_text(text)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _select(editor: MarkdownEditor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def _format_at(editor: MarkdownEditor, position: int):
    block = editor.document().findBlock(position)
    offset = position - block.position()
    spans = block.layout().formats()
    for span in spans:
        if span.start <= offset < span.start + span.length:
            return QTextCharFormat(span.format)
    return None


def test_ctrl_b_and_ctrl_i_wrap_the_selection(qtbot) -> None:
    editor = _editor(qtbot, "the port will reopen")
    _select(editor, 4, 8)
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "the **port** will reopen"
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "the port will reopen"
    _select(editor, 9, 13)
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "the port *will* reopen"


def test_ctrl_i_and_ctrl_b_while_typing_turn_the_style_on_then_off(qtbot) -> None:
    # As in a word processor: the key, the words, the key again, more words. It added a
    # second pair of marks instead: "Test one *two* three**" (found in a trial).
    editor = _editor(qtbot, "")
    editor.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClicks(editor, "Test one ")
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClicks(editor, "two")
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClicks(editor, " three ")
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    qtbot.keyClicks(editor, "four")
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    qtbot.keyClicks(editor, " five")
    assert editor.text() == "Test one *two* three **four** five"
    # On, then off at once with nothing typed: no marks left behind.
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClicks(editor, ".")
    assert editor.text() == "Test one *two* three **four** five."
    # Italic inside bold: Ctrl+I ends the italic, Ctrl+B then the bold.
    qtbot.keyClicks(editor, " ")
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    qtbot.keyClicks(editor, "six ")
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClicks(editor, "seven")
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    qtbot.keyClicks(editor, " eight")
    assert editor.text().endswith(" **six *seven*** eight")
    # The words typed between a pair undone, the key again takes the empty pair away (it
    # put a second pair in: eight stars, found in a trial).
    qtbot.keyClicks(editor, " ")
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    qtbot.keyClicks(editor, "www")
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    editor.undo()
    assert editor.text().endswith(" eight ****")
    assert editor.textCursor().position() == len(editor.toPlainText()) - 2
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    assert editor.text().endswith(" eight ")
    # A lone star in the text is no mark to step over: "5 * 3".
    other = _editor(qtbot, "5 * 3")
    cursor = other.textCursor()
    cursor.setPosition(2)
    other.setTextCursor(cursor)
    qtbot.keyClick(other, Qt.Key.Key_I, ctrl)
    assert other.text() == "5 *** 3"


def test_ctrl_k_asks_for_the_address_and_makes_the_selection_a_link(qtbot, monkeypatch) -> None:
    asked: list[str] = []

    def answer(_box, words: str) -> tuple[str, str]:
        asked.append(words)
        return words, "example.org"

    monkeypatch.setattr("editor.ui.form.link_dialog.ask_link", answer)
    editor = _editor(qtbot, "see the ministry")
    _select(editor, 8, 16)
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["ministry"]
    assert editor.text() == "see the [ministry](example.org)"


def test_formatting_is_one_undo_step(qtbot) -> None:
    editor = _editor(qtbot, "one word")
    _select(editor, 4, 8)
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    editor.undo()
    assert editor.text() == "one word"


def test_highlighter_marks_emphasis_headings_links_and_tokens(qtbot) -> None:
    text = (
        "# Heading\n\n"
        "**strong** and *soft* [link](https://example.org) [[quote:reyes-1]] [[quote:nobody]]"
    )
    editor = _editor(qtbot, text)
    second = editor.document().findBlockByNumber(1).position()
    body = text.split("\n\n")[1]
    assert _format_at(editor, 2).fontWeight() == QFont.Weight.Bold
    assert _format_at(editor, second + body.index("strong")).fontWeight() == QFont.Weight.Bold
    assert _format_at(editor, second + body.index("soft")).fontItalic()
    assert _format_at(editor, second + body.index("link")).fontUnderline()
    # The tokens are chips: one character each, the quotation's (red when unknown).
    line = editor.document().findBlockByNumber(1).text()
    assert line.count("\ufffc") == 2
    chips = [second + at for at, char in enumerate(line) if char == "\ufffc"]
    assert [editor.token_at(at) for at in chips] == ["reyes-1", "nobody"]
    assert editor.chips.inline_text("reyes-1") == "“We will keep that promise.”"
    assert "nobody" in editor.chips.inline_text("nobody")
    plain = _format_at(editor, second + body.index("and"))
    assert plain is None
    # A line of a paragraph (after a single line break) is highlighted as a line.
    lines = _editor(qtbot, "Intro line\n# Heading line\n- item")
    block = lines.document().firstBlock().text()
    assert _format_at(lines, block.index("Heading")).fontWeight() == QFont.Weight.Bold
    assert _format_at(lines, block.index("Intro")) is None


def _highlighted_as(block: QTextBlock) -> str:
    """What the highlighter shows a line to be, from the format its first character has."""
    first = [span for span in block.layout().formats() if span.start == 0]
    if not first:
        return "plain"
    whole = first[0].length == len(block.text())
    if whole and first[0].format.fontWeight() == QFont.Weight.Bold:
        return HEADING
    if whole and first[0].format.fontItalic():
        return QUOTE
    return LIST


def test_highlighter_agrees_with_the_table_of_markdown_lines(qtbot) -> None:
    # The same table the importer, the reader's text and typography are tested on
    # (tests/markdown_lines.py); the highlighter leaves rules, code and fences plain.
    editor = _editor(qtbot, "\n\n".join(line.markdown for line in LINES))
    seen = [
        (line.markdown, _highlighted_as(editor.document().findBlockByNumber(number)))
        for number, line in enumerate(LINES)
    ]
    expected = [
        (line.markdown, line.kind if line.kind in (HEADING, QUOTE, LIST) else "plain")
        for line in LINES
    ]
    assert seen == expected


def test_token_tooltip_shows_the_quotations_words(qtbot) -> None:
    editor = _editor(qtbot, "He said [[quote:reyes-1]] and [[quote:nobody]].")
    position = editor.shown_position(editor.text().index("[[quote:reyes"))
    assert editor.token_at(position) == "reyes-1"
    tooltip = editor.token_tooltip("reyes-1").splitlines()
    assert tooltip[0] == "Alma Reyes: “We will keep that promise.”"
    assert "Not verified" in tooltip
    assert "not in the quotation bank" in editor.token_tooltip("nobody")
    assert editor.token_at(2) is None
    # The tooltip event at the token's place finds it too.
    cursor = editor.textCursor()
    cursor.setPosition(position)
    point = editor.cursorRect(cursor).center() + QPoint(2, 0)
    assert editor.token_at(editor.cursorForPosition(point).position()) == "reyes-1"


def test_headline_box_refuses_a_new_paragraph(qtbot) -> None:
    from editor.ui.form.text_box import TextBox

    box = TextBox(single_paragraph=True)
    qtbot.addWidget(box)
    qtbot.keyClicks(box, "Will the port")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, " reopen?")
    assert box.text() == "Will the port reopen?"


def test_hovering_a_token_shows_the_words_in_a_tooltip(qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    editor = _editor(qtbot, "He said [[quote:reyes-1]] then.")
    cursor = editor.textCursor()
    cursor.setPosition(editor.shown_position(editor.text().index("[[quote")) + 1)
    point = editor.cursorRect(cursor).center() - QPoint(4, 0)  # on the chip
    event = QHelpEvent(QEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.viewport(), event)
    assert QToolTip.isVisible()
    assert QToolTip.text().startswith("Alma Reyes: “We will keep that promise.”")
    QToolTip.hideText()


def _arabic_editor(qtbot, text: str) -> MarkdownEditor:
    from editor.model import Quotation

    bank = {
        "q1": Quotation(id="q1", words="سنبدأ بالأحياء البعيدة", speaker="رنا"),
        "q2": Quotation(id="q2", words="We start now.", speaker="Rana"),
    }
    editor = MarkdownEditor(lookup=bank.get)
    qtbot.addWidget(editor)
    editor.resize(500, 300)
    editor.set_text(text)
    editor.show()
    return editor


def _direction_of(editor: MarkdownEditor, number: int) -> Qt.LayoutDirection:
    return editor.document().findBlockByNumber(number).textDirection()


def test_a_token_paragraph_takes_its_quotations_direction(qtbot) -> None:
    text = "قال المدير:\n\n[[quote:q1]]\n\n[[quote:q2]]\n\nقالت أيضًا:\n[[quote:zz]]"
    editor = _arabic_editor(qtbot, text)
    assert _direction_of(editor, 0) == Qt.LayoutDirection.RightToLeft
    assert _direction_of(editor, 1) == Qt.LayoutDirection.RightToLeft  # Arabic words
    assert _direction_of(editor, 2) == Qt.LayoutDirection.LeftToRight  # English words
    # Not in the bank: the paragraph before it decides.
    assert _direction_of(editor, 4) == Qt.LayoutDirection.RightToLeft
    assert editor.text() == text  # the text itself is never touched
    # On screen: the Arabic quotation's words are set at the right, as exported.
    block = editor.document().findBlockByNumber(1)
    top = int(editor.document().documentLayout().blockBoundingRect(block).top())
    image = editor.viewport().grab().toImage()
    background = image.pixelColor(2, top + 4)
    inked = [
        x
        for x in range(image.width() - 1)
        for y in range(top + 4, top + 16)
        if image.pixelColor(x, y).lightness() < background.lightness() - 80
    ]
    assert inked and min(inked) > editor.viewport().width() / 2


def test_an_inserted_token_is_placed_and_undo_takes_it_back_in_one_step(qtbot) -> None:
    editor = _arabic_editor(qtbot, "قال المدير:\n\n")
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insert_quotation("q1")
    qtbot.waitUntil(lambda: _direction_of(editor, 1) == Qt.LayoutDirection.RightToLeft)
    editor.undo()
    assert editor.text() == "قال المدير:\n\n"
    assert editor.document().isRedoAvailable()
    editor.redo()
    assert editor.text() == "قال المدير:\n\n[[quote:q1]]"
    assert _direction_of(editor, 1) == Qt.LayoutDirection.RightToLeft


def test_a_token_typed_by_hand_is_undone_with_its_last_key_in_one_visible_step(qtbot) -> None:
    editor = _arabic_editor(qtbot, "قال المدير:\n\n")
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClicks(editor, "[[quote:q1]]")
    token = editor.document().findBlockByNumber(1)
    assert token.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft

    # Not a step that only takes the direction back (it would show no change).
    editor.undo()
    assert editor.text() == "قال المدير:\n\n[[quote:q1]"
    assert token.blockFormat().layoutDirection() == Qt.LayoutDirection.LayoutDirectionAuto
    editor.redo()
    assert editor.text() == "قال المدير:\n\n[[quote:q1]]"
    assert token.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft

    # A key that makes it a quotation no more (Backspace takes the chip): the paragraph's
    # own text decides again, in the same step. (A letter typed after it goes into a
    # paragraph of its own: test_chips.)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "قال المدير:\n\n"
    assert token.blockFormat().layoutDirection() == Qt.LayoutDirection.LayoutDirectionAuto
    editor.undo()
    assert editor.text() == "قال المدير:\n\n[[quote:q1]]"
    assert token.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_forced_direction_holds_for_token_paragraphs_too(qtbot) -> None:
    editor = _arabic_editor(qtbot, "قال المدير:\n\n[[quote:q1]]")
    editor.set_direction("ltr")
    assert _direction_of(editor, 0) == Qt.LayoutDirection.LeftToRight
    assert _direction_of(editor, 1) == Qt.LayoutDirection.LeftToRight
    editor.set_direction("auto")
    assert _direction_of(editor, 1) == Qt.LayoutDirection.RightToLeft


def test_the_direction_set_again_leaves_the_text_as_laid_out(qtbot) -> None:
    # A load sets each box's direction: unchanged, a long body is not laid out again.
    editor = _editor(qtbot, "\n\n".join(f"Paragraph {n} is *short*." for n in range(40)))
    relaid: list[object] = []
    editor.document().documentLayout().update.connect(lambda *rect: relaid.append(rect))

    editor.set_direction("auto")
    qtbot.wait(1)
    assert relaid == []

    editor.set_direction("rtl")
    qtbot.wait(1)
    assert relaid != []
    assert editor.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_a_loaded_text_is_highlighted_once_with_its_token_paragraphs_placed(qtbot) -> None:
    highlighted: list[str] = []

    class Counter:  # the spelling's hook: told of each paragraph the highlighter formats
        def format_block(self, _highlighter, text: str) -> None:
            highlighted.append(text)

    editor = MarkdownEditor(lookup=BANK.get)
    qtbot.addWidget(editor)
    editor.highlighter.spell = Counter()
    paragraphs = [f"Paragraph {n} is *short*." for n in range(60)]
    paragraphs[5] = paragraphs[55] = "[[quote:reyes-1]]"
    editor.set_text("\n\n".join(paragraphs))

    blocks = editor.document().blockCount()
    # Each paragraph once, and the two token paragraphs (and a few after them) when placed;
    # not all the hundred between the two tokens a second time.
    assert blocks <= len(highlighted) <= blocks + 10
    token = editor.document().findBlockByNumber(5)  # one block a paragraph
    assert token.text() == "\ufffc"  # the quotation's chip
    assert editor.token_at(token.position()) == "reyes-1"
    assert token.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not editor.document().isUndoAvailable()


def test_a_long_loaded_text_is_highlighted_first_screen_first_then_whole(qtbot) -> None:
    from editor.ui.form.markdown_editor import FIRST_SCREEN_CHARACTERS

    editor = MarkdownEditor(lookup=BANK.get)
    qtbot.addWidget(editor)
    paragraph = "A paragraph with a **bold** word in the middle of its many words. " * 4
    count = 3 * FIRST_SCREEN_CHARACTERS // len(paragraph)
    editor.set_text("\n\n".join([paragraph] * count))
    document = editor.document()
    first, last = document.firstBlock(), document.lastBlock()
    bold = paragraph.index("bold")

    def is_bold(block: QTextBlock) -> bool:
        return any(
            span.start <= bold < span.start + span.length
            and span.format.fontWeight() == QFont.Weight.Bold
            for span in block.layout().formats()
        )

    # At once: the first screen (what the window shows first), not the whole body.
    assert is_bold(first)
    assert not is_bold(last)
    # Then the rest, between keystrokes, without an edit or a wait for anything else.
    qtbot.waitUntil(lambda: not editor.gradual.is_running(), timeout=5000)
    assert is_bold(last)
    assert all(is_bold(document.findBlockByNumber(n)) for n in range(0, count, 7))
    assert not document.isUndoAvailable()


def test_a_triple_click_selects_the_paragraph_and_typing_keeps_its_break(qtbot) -> None:
    # Found in a trial: typing over a triple-clicked paragraph joined the next one to it
    # (Qt's selection took the paragraph break), and an edition's pairing went wrong.
    from PySide6.QtTest import QTest

    box = MarkdownEditor()
    qtbot.addWidget(box)
    box.resize(500, 300)
    box.set_text("The first paragraph here.\n\nThe second one.\n\nThe third.")
    box.show()
    qtbot.waitExposed(box)
    cursor = box.textCursor()
    cursor.setPosition(5)
    where = box.cursorRect(cursor).center()
    viewport = box.viewport()
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=where)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert box.textCursor().selectedText() == "The first paragraph here."
    QTest.keyClicks(box, "New words.")
    assert box.text() == "New words.\n\nThe second one.\n\nThe third."
