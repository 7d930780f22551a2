"""Quotations shown as quotations: a token is one chip, the stored body keeps the token."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication
from ui_articles import english_article

from editor.model import Quotation
from editor.ui.form.chips import OBJECT
from editor.ui.form.markdown_editor import MARKDOWN_MIME, MarkdownEditor

BANK = {
    "q1": Quotation(
        id="q1",
        words="We start with the far districts.",
        speaker="Rana Haddad",
        role="mayor",
        date="2026-11-30",
        verified=True,
    )
}


def _editor(qtbot, text: str, language: str = "en") -> MarkdownEditor:
    editor = MarkdownEditor(lookup=BANK.get)
    qtbot.addWidget(editor)
    editor.resize(600, 300)
    editor.set_language(language)
    editor.set_text(text)
    editor.show()
    qtbot.waitExposed(editor)
    editor.setFocus()
    return editor


def _select_chip(editor: MarkdownEditor) -> None:
    """Select the first chip of the editor, as a writer's Shift+arrow does."""
    chip = editor.toPlainText().index(OBJECT)
    cursor = editor.textCursor()
    cursor.setPosition(chip)
    cursor.setPosition(chip + 1, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def _put_cursor(editor: MarkdownEditor, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)


def test_the_cursor_crosses_a_chip_in_one_key_press(qtbot) -> None:
    editor = _editor(qtbot, "Before [[quote:q1]] after.")
    chip = editor.toPlainText().index(OBJECT)
    assert editor.toPlainText() == f"Before {OBJECT} after."
    _put_cursor(editor, chip)
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    assert editor.textCursor().position() == chip + 1
    qtbot.keyClick(editor, Qt.Key.Key_Left)
    assert editor.textCursor().position() == chip


def test_backspace_removes_a_chip_in_one_step_and_undo_brings_the_token_back(qtbot) -> None:
    editor = _editor(qtbot, "Before [[quote:q1]] after.")
    _put_cursor(editor, editor.toPlainText().index(OBJECT) + 1)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "Before  after."
    editor.undo()
    assert editor.text() == "Before [[quote:q1]] after."


def test_text_typed_after_a_chip_is_plain_text(qtbot) -> None:
    editor = _editor(qtbot, "Before [[quote:q1]]")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " said the mayor.")
    assert editor.text() == "Before [[quote:q1]] said the mayor."


def test_a_token_typed_by_hand_becomes_a_chip_in_the_same_step(qtbot) -> None:
    editor = _editor(qtbot, "")
    qtbot.keyClicks(editor, "She said [[quote:q1]]")
    assert editor.toPlainText() == f"She said {OBJECT}"
    assert editor.text() == "She said [[quote:q1]]"
    editor.undo()
    assert editor.text() == "She said [[quote:q1]"


def test_copying_a_chip_gives_other_programs_the_words_and_newsdesk_the_token(qtbot) -> None:
    editor = _editor(qtbot, "Before [[quote:q1]] after.")
    _select_chip(editor)
    editor.copy()
    clipboard = QApplication.clipboard().mimeData()
    assert clipboard.text() == "“We start with the far districts.”"
    assert bytes(clipboard.data(MARKDOWN_MIME).data()).decode() == "[[quote:q1]]"
    other = _editor(qtbot, "Quoted: ")
    other.moveCursor(QTextCursor.MoveOperation.End)
    other.paste()
    assert other.text() == "Quoted: [[quote:q1]]"
    assert other.toPlainText() == f"Quoted: {OBJECT}"


def test_a_chip_takes_the_article_languages_quotation_marks(qtbot) -> None:
    editor = _editor(qtbot, "Он сказал: [[quote:q1]]", language="ru")
    assert editor.chips.inline_text("q1") == "«We start with the far districts.»"
    editor.set_language("en")
    assert editor.chips.inline_text("q1") == "“We start with the far districts.”"


def _dark_rows(editor: MarkdownEditor, block_number: int) -> tuple[int, int]:
    """Return the first and last row of the viewport with ink in a block's rectangle."""
    document = editor.document()
    block = document.findBlockByNumber(block_number)
    rect = document.documentLayout().blockBoundingRect(block).toRect()
    image = editor.viewport().grab().toImage()
    rows = [
        y
        for y in range(max(0, rect.top()), min(image.height(), rect.bottom()))
        if any(image.pixelColor(x, y).lightness() < 200 for x in range(0, image.width(), 2))
    ]
    return (rows[0], rows[-1]) if rows else (-1, -1)


def test_a_chip_alone_in_its_paragraph_is_the_block_quotation_with_its_attribution(
    qtbot,
) -> None:
    editor = _editor(qtbot, "Intro.\n\n[[quote:q1]]\n\nInline [[quote:q1]] here.")
    document = editor.document()
    line = editor.fontMetrics().lineSpacing()
    lone = document.documentLayout().blockBoundingRect(document.findBlockByNumber(1))
    inline = document.documentLayout().blockBoundingRect(document.findBlockByNumber(2))
    # Two lines at least: the words, then "— Rana Haddad, mayor" under them.
    assert lone.height() >= 2 * line
    assert inline.height() < 2 * line
    first, last = _dark_rows(editor, 1)
    assert last - first >= line  # ink on two lines
    editor.selectAll()
    copied = editor.createMimeDataFromSelection().text()
    assert copied.splitlines()[1] == "“We start with the far districts.”"


def test_typing_beside_a_block_quotation_starts_a_paragraph_of_its_own(qtbot) -> None:
    # A block quotation stays a block: words typed after it (the cursor left at the end of
    # the body) or before it go into a paragraph of their own, as after a table in a word
    # processor, not into the quotation's paragraph, which would make it an inline one.
    editor = _editor(qtbot, "Intro.\n\n[[quote:q1]]")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "Then more.")
    assert editor.text() == "Intro.\n\n[[quote:q1]]\n\nThen more."
    block = editor.document().findBlockByNumber(1)
    line = editor.fontMetrics().lineSpacing()
    assert editor.document().documentLayout().blockBoundingRect(block).height() >= 2 * line
    editor.undo()  # the new paragraph and its first key go in one step
    assert editor.text() == "Intro.\n\n[[quote:q1]]"
    _put_cursor(editor, editor.toPlainText().index(OBJECT))
    qtbot.keyClicks(editor, "Before it.")
    assert editor.text() == "Intro.\n\nBefore it.\n\n[[quote:q1]]"
    editor.undo()  # one step too: it left "B" behind (a trial)
    assert editor.text() == "Intro.\n\n[[quote:q1]]"
    editor.redo()
    assert editor.text() == "Intro.\n\nBefore it.\n\n[[quote:q1]]"
    # A quotation within a sentence stays inline, and joining paragraphs still joins.
    inline = _editor(qtbot, "He said [[quote:q1]]")
    inline.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(inline, " twice.")
    assert inline.text() == "He said [[quote:q1]] twice."
    joined = _editor(qtbot, "He said:\n\n[[quote:q1]]")
    _put_cursor(joined, joined.toPlainText().index(OBJECT))
    qtbot.keyClick(joined, Qt.Key.Key_Backspace)
    qtbot.keyClicks(joined, " ")
    assert joined.text() == "He said: [[quote:q1]]"


def test_an_unknown_id_is_a_red_chip(qtbot) -> None:
    editor = _editor(qtbot, "See [[quote:ghost]] here.")
    assert "ghost" in editor.chips.inline_text("ghost")
    image = editor.viewport().grab().toImage()
    reds = [
        (x, y)
        for x in range(image.width())
        for y in range(0, 30)
        if (colour := QColor(image.pixelColor(x, y))).red() > 150
        and colour.green() < 80
        and colour.blue() < 80
    ]
    assert reds
    assert editor.text() == "See [[quote:ghost]] here."


def test_the_tooltip_tells_speaker_role_date_and_verified(qtbot) -> None:
    editor = _editor(qtbot, "[[quote:q1]]")
    tip = editor.token_tooltip("q1")
    for part in ("Rana Haddad", "mayor", "2026-11-30", "Verified"):
        assert part in tip


def test_enter_on_a_selected_chip_asks_for_its_quotation(qtbot) -> None:
    editor = _editor(qtbot, "Before [[quote:q1]] after.")
    _select_chip(editor)
    with qtbot.waitSignal(editor.quotation_requested) as asked:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert asked.args == ["q1"]
    assert editor.text() == "Before [[quote:q1]] after."  # no paragraph made


def test_the_chips_places_kept_through_edits_agree_with_a_fresh_reading(qtbot) -> None:
    import random

    editor = _editor(qtbot, "A [[quote:q1]] b.\n\n[[quote:q1]]\n\nC [[quote:ghost]] d\re.")
    chances = random.Random(7)
    places = random.Random(11)  # apart: the edits stay those the seed gave before
    for _step in range(300):
        document = editor.document()
        cursor = QTextCursor(document)
        size = document.characterCount() - 1
        cursor.setPosition(chances.randint(0, size))
        action = chances.choice(["type", "delete", "chip", "break", "undo", "redo"])
        if action == "type":
            cursor.insertText(chances.choice(["x", "yz ", "\u2028"]))
        elif action == "delete" and size:
            cursor.setPosition(
                min(size, cursor.position() + chances.randint(1, 5)),
                QTextCursor.MoveMode.KeepAnchor,
            )
            cursor.removeSelectedText()
        elif action == "chip":
            editor.setTextCursor(cursor)
            editor.insert_quotation(chances.choice(["q1", "ghost"]))
        elif action == "break":
            editor.setTextCursor(cursor)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        elif action == "undo":
            editor.undo()
        else:
            editor.redo()
        kept = editor.text()
        raw = editor.document().toRawText()
        fresh = editor._scan_objects(raw, 0, len(raw))
        assert {at: found[0] for at, found in fresh.items()} == editor._objects_in(0, len(raw))
        assert kept.count("[[quote:") == raw.count(OBJECT) - kept.count("\r")
        # And a place in the document and its offset in the text convert both ways.
        for position in places.sample(range(len(raw) + 1), min(4, len(raw) + 1)):
            assert editor.shown_position(editor.stored_offset(position)) == position


def test_a_block_chip_shows_the_attribution_as_the_exports_do(qtbot) -> None:
    from editor.ui.form.chips import attribution_text

    written = Quotation(id="m1", words="Give us a winter.", attribution=", says Morrow.")
    # The comma joined it to the words in the draft: the exports and the chip drop it.
    assert attribution_text(written) == "says Morrow."
    assert attribution_text(BANK["q1"]) == "— Rana Haddad, mayor"
    article = english_article()
    article.quotations.append(written)
    article.sections[0].body = "[[quote:m1]]"
    from editor.render.build import build_document
    from editor.render.formats import render_bytes
    from editor.render.styles import load_style

    style = load_style("default")
    html = render_bytes(build_document(article, style), style, "html").decode()
    assert "says Morrow." in html and ", says Morrow." not in html


def test_a_chip_is_measured_again_in_a_new_font(qtbot) -> None:
    from PySide6.QtGui import QFont

    editor = _editor(qtbot, "Inline [[quote:q1]] here.")
    document = editor.document()
    block = document.firstBlock()
    width = document.documentLayout().blockBoundingRect(block).width()
    before = editor.chips.intrinsicSize(document, 7, chip_format_of(editor, 7)).width()
    bigger = QFont(editor.font())
    bigger.setPointSizeF(editor.font().pointSizeF() * 2)
    editor.setFont(bigger)
    after = editor.chips.intrinsicSize(document, 7, chip_format_of(editor, 7)).width()
    assert after > before * 1.5
    assert width > 0


def chip_format_of(editor: MarkdownEditor, position: int):
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat()


def test_a_generated_body_of_many_tokens_is_shown_as_typed_and_kept_whole(qtbot) -> None:
    from editor.ui.form.markdown_editor import CHIPS_SHOWN

    tokens = ["[[quote:q1]]"] * (CHIPS_SHOWN + 1)
    many = "\n\n".join(" ".join(tokens[at : at + 20]) for at in range(0, len(tokens), 20))
    many += "\r"  # a literal character is still an object
    editor = _editor(qtbot, many)
    shown = editor.toPlainText()
    assert shown.count(OBJECT) == 1
    assert shown.count("[[quote:q1]]") == CHIPS_SHOWN + 1
    assert editor.text() == many
    tokens = tokens[:CHIPS_SHOWN]
    few = "\n\n".join(" ".join(tokens[at : at + 20]) for at in range(0, len(tokens), 20))
    assert _editor(qtbot, few).toPlainText().count(OBJECT) == CHIPS_SHOWN
