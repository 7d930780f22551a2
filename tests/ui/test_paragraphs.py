"""Enter makes a paragraph, as in a word processor; the stored body stays Markdown."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication
from ui_articles import english_article

from editor.model import Quotation
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style
from editor.storage.container import load
from editor.ui.form.markdown_editor import MARKDOWN_MIME, MarkdownEditor

STYLE = load_style("default")
BANK = {
    "q1": Quotation(
        id="q1", words="We start with the far districts.", speaker="Rana Haddad", role="mayor"
    )
}


def _clear(qtbot, box) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)


def _type_lines(qtbot, box, *lines: str) -> None:
    """Type lines with one Enter between them, as a writer does."""
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClicks(box, line)


def _editor(qtbot, text: str = "") -> MarkdownEditor:
    editor = MarkdownEditor(lookup=BANK.get)
    qtbot.addWidget(editor)
    editor.resize(500, 300)
    editor.set_text(text)
    editor.show()
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    return editor


def _docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """Return (style, text) of each paragraph of a DOCX's body."""
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    paragraphs = []
    for body in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        style = re.search(r'<w:pStyle w:val="([^"]+)"', body)
        text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", body))
        paragraphs.append((style.group(1) if style else "", text))
    return paragraphs


def test_one_enter_between_typed_paragraphs_makes_paragraphs_in_every_export(
    qtbot, workspace, tmp_path
) -> None:
    window = workspace.add_window(english_article())
    qtbot.waitExposed(window)
    box = window.form.sections[0].editor
    _clear(qtbot, box)
    _type_lines(qtbot, box, "First paragraph here.", "Second one here.", "Third and last.")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    window.form.insert_quotation("reyes-1")

    body = window.article().sections[0].body
    assert body == (
        "First paragraph here.\n\nSecond one here.\n\nThird and last.\n\n[[quote:reyes-1]]"
    )
    article = window.article()
    document = build_document(article, STYLE)
    quotation = next(q for q in article.quotations if q.id == "reyes-1")

    html = render_bytes(document, STYLE, "html").decode()
    for line in ("First paragraph here.", "Second one here.", "Third and last."):
        assert re.search(rf"<p[^>]*>{re.escape(line)}</p>", html), line
    quote_html = re.search(r"<blockquote[^>]*>(.*?)</blockquote>", html, flags=re.S)
    assert quote_html is not None
    assert quotation.words[:30] in quote_html.group(1)
    assert quotation.speaker in quote_html.group(1)  # the attribution, inside the quote

    paragraphs = _docx_paragraphs(render_bytes(document, STYLE, "docx"))
    texts = [text for _style, text in paragraphs]
    for line in ("First paragraph here.", "Second one here.", "Third and last."):
        assert texts.count(line) == 1, line
    styles = {text[:30]: style for style, text in paragraphs}
    assert styles[quotation.words[:30]] == "Quote"
    attribution = [text for style, text in paragraphs if style == "QuoteAttribution"]
    assert any(quotation.speaker in text for text in attribution)

    markdown = render_bytes(document, STYLE, "md").decode()
    assert "First paragraph here.\n\nSecond one here.\n\nThird and last.\n\n>" in markdown

    if shutil.which("pdftotext"):
        pdf = tmp_path / "out.pdf"
        pdf.write_bytes(render_bytes(document, STYLE, "pdf"))
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        lines = [line.strip() for line in text.splitlines()]
        for line in ("First paragraph here.", "Second one here.", "Third and last."):
            assert line in lines, line
        assert quotation.speaker in text

    # Saved and opened again: the same paragraphs, one block each in the editor.
    path = tmp_path / "typed.newsdesk"
    assert window.save_as(path)
    assert load(path).sections[0].body == body
    reopened = workspace.add_window(load(path))
    editor = reopened.form.sections[0].editor
    shown = editor.document()
    assert [shown.findBlockByNumber(n).text() for n in range(4)] == [
        "First paragraph here.",
        "Second one here.",
        "Third and last.",
        "\ufffc",  # the quotation, shown as a chip
    ]
    assert editor.token_at(shown.findBlockByNumber(3).position()) == "reyes-1"


def test_shift_enter_is_a_line_break_inside_the_paragraph(qtbot) -> None:
    editor = _editor(qtbot)
    qtbot.keyClicks(editor, "Line one")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "line two")
    assert editor.text() == "Line one  \nline two"
    document = build_document(_article_with(editor.text()), STYLE)
    html = render_bytes(document, STYLE, "html").decode()
    assert re.search(r"<p[^>]*>Line one<br\s*/?>\s*line two</p>", html)


def _article_with(body: str):
    article = english_article()
    article.sections[0].body = body
    return article


def test_enter_in_a_list_item_makes_the_next_item_and_on_an_empty_one_ends_the_list(
    qtbot,
) -> None:
    editor = _editor(qtbot)
    _type_lines(qtbot, editor, "- apples", "pears")
    assert editor.text() == "- apples\n- pears"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # on the empty item: the list ends
    qtbot.keyClicks(editor, "After the list.")
    assert editor.text() == "- apples\n- pears\n\nAfter the list."
    _clear(qtbot, editor)
    _type_lines(qtbot, editor, "9. nine", "ten")
    assert editor.text() == "9. nine\n10. ten"
    html = render_bytes(build_document(_article_with(editor.text()), STYLE), STYLE, "html")
    assert re.search(rb"<li[^>]*>nine</li>\s*<li[^>]*>ten</li>", html)


def test_backspace_after_a_list_marker_makes_the_item_a_paragraph(qtbot) -> None:
    editor = _editor(qtbot)
    _type_lines(qtbot, editor, "- apples", "")
    assert editor.text() == "- apples\n- "
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "Not an item.")
    assert editor.text() == "- apples\n\nNot an item."
    editor.undo()
    editor.undo()
    assert editor.text() == "- apples\n- "


def test_enter_in_a_block_quote_quotes_the_next_paragraph(qtbot) -> None:
    editor = _editor(qtbot)
    _type_lines(qtbot, editor, "> Quoted.", "Also quoted.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Not quoted.")
    assert editor.text() == "> Quoted.\n\n> Also quoted.\n\nNot quoted."


def test_files_written_before_keep_every_character_and_their_meaning(qtbot) -> None:
    # A single line break inside a paragraph, extra blank lines, trailing spaces, a loose
    # list, a no-break space: loaded and saved unedited, the same text.
    old = (
        "One paragraph\nwritten over two lines.\n\n\n\nAfter three blank lines.  \n"
        "Hard break.\n\n- loose\n\n- list\n\nFrench\u00a0: yes\n"
    )
    editor = _editor(qtbot, old)
    assert editor.text() == old
    # A line kept inside its paragraph is a line of the same block; a paragraph is a block
    # of its own, with space above it.
    document = editor.document()
    assert document.firstBlock().text() == "One paragraph\u2028written over two lines."
    assert document.findBlockByNumber(1).blockFormat().topMargin() > 0
    # An edit elsewhere leaves the rest as it was.
    qtbot.keyClicks(editor, "End.")
    assert editor.text() == old + "End."


def test_pasted_text_gives_a_paragraph_per_line(qtbot) -> None:
    editor = _editor(qtbot)
    mime = QMimeData()
    mime.setText("First line\nSecond line\r\nThird line\n\n\nFourth\n- a\n- b\n")
    editor.insertFromMimeData(mime)
    assert editor.text() == ("First line\n\nSecond line\n\nThird line\n\nFourth\n\n- a\n- b")
    editor.undo()
    assert editor.text() == ""


def test_a_copy_pasted_inside_newsdesk_keeps_its_markdown(qtbot) -> None:
    text = "One paragraph\nover two lines.\n\nNext.  \nBroken line."
    editor = _editor(qtbot, text)
    editor.selectAll()
    mime = editor.createMimeDataFromSelection()
    # Other programs get the lines as shown; Newsdesk gets the Markdown as stored.
    assert mime.text() == "One paragraph\nover two lines.\nNext.  \nBroken line."
    assert bytes(mime.data(MARKDOWN_MIME).data()).decode() == text
    other = _editor(qtbot, "Before.")
    other.insertFromMimeData(mime)
    assert other.text() == "Before.One paragraph\nover two lines.\n\nNext.  \nBroken line."


def test_paste_as_plain_text_in_a_body_makes_paragraphs(qtbot, workspace) -> None:
    window = workspace.add_window(english_article())
    qtbot.waitExposed(window)
    box = window.form.sections[0].editor
    _clear(qtbot, box)
    QApplication.clipboard().setText("Alpha\nBeta")
    window.paste_plain_action.trigger()
    assert box.text() == "Alpha\n\nBeta"


def test_comment_anchors_follow_the_stored_text(qtbot, workspace) -> None:
    article = english_article()
    window = workspace.add_window(article)
    qtbot.waitExposed(window)
    box = window.form.sections[0].editor
    body = box.text()
    second = body.index("\n\n") + 2  # the second paragraph's first character
    position = box.shown_position(second)
    cursor = box.textCursor()
    cursor.setPosition(position)
    cursor.setPosition(position + 8, QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    assert box.stored_offset(cursor.selectionStart()) == second
    assert body[second : second + 8] == cursor.selectedText()


@pytest.mark.parametrize("key", [QKeySequence.StandardKey.Undo])
def test_undo_takes_back_one_enter_in_one_step(qtbot, key) -> None:
    editor = _editor(qtbot, "Alpha beta")
    editor.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    for _ in range(5):
        editor.moveCursor(QTextCursor.MoveOperation.Right)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.text() == "Alpha\n\n beta"
    qtbot.keySequence(editor, key)
    assert editor.text() == "Alpha beta"


def test_a_no_break_space_is_saved_as_typed(qtbot, workspace, tmp_path) -> None:
    # A French colon's no-break space, in a one-line box and in a body.
    article = english_article()
    article.headline = "Pourquoi\u00a0? Parce que\u00a0: voilà"
    # Characters another program may have put in a file, which a document cannot hold as
    # themselves: kept as they were.
    article.sections[0].body = "Il a dit\u00a0: oui.\n\nLine\u2028separated\rand\u2029more"
    window = workspace.add_window(article)
    assert window.form.headline.editor.text() == article.headline
    path = tmp_path / "nbsp.newsdesk"
    assert window.save_as(path)
    saved = load(path)
    assert saved.headline == article.headline
    assert saved.sections[0].body == article.sections[0].body


# Pieces of a body: tokens (known, unknown, broken), runs of line breaks, list and quote
# marks, characters a document cannot hold as themselves, a stray object character.
_PIECES = st.sampled_from(
    [
        *("a", "b ", "[[quote:q1]]", "[[quote:gone]]", "[[quote:", "]]", "\u0627", "\u00a0"),
        *("\n", "\n\n", "\n\n\n", "- ", "1. ", "> ", "  "),
        *("\r", "\r\n", "\u2028", "\u2029", "\ufffc"),
    ]
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(body=st.lists(_PIECES, max_size=24).map("".join))
def test_any_body_comes_back_as_stored_and_every_place_maps_both_ways(qtbot, body) -> None:
    # Chips, literal characters, runs of blank lines, list items: loaded and read back,
    # the same text; a place in the document and its offset in the text convert both ways
    # (a comment made anywhere is shown where it was made).
    editor = MarkdownEditor(lookup=BANK.get)
    qtbot.addWidget(editor)
    editor.set_text(body)
    assert editor.text() == body
    for position in range(editor.document().characterCount()):
        assert editor.shown_position(editor.stored_offset(position)) == position


def test_places_map_both_ways_after_a_line_break_made_a_paragraph_and_a_token_by_hand(
    qtbot,
) -> None:
    editor = _editor(qtbot)
    qtbot.keyClicks(editor, "Line one")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a paragraph after all
    # A token typed from its end backwards stays text (no "]" typed after its start).
    qtbot.keyClicks(editor, "q1]] then words")
    editor.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    qtbot.keyClicks(editor, "[[quote:")
    assert editor.text() == "Line one  \n\n\n[[quote:q1]] then words"
    for position in range(editor.document().characterCount()):
        assert editor.shown_position(editor.stored_offset(position)) == position
    # A comment on "words" is shown on "words".
    start = editor.text().index("words")
    cursor = editor.textCursor()
    cursor.setPosition(editor.shown_position(start))
    cursor.setPosition(editor.shown_position(start + 5), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "words"


def test_typography_as_you_type_reads_a_line_of_a_paragraph_as_a_line(qtbot) -> None:
    from editor.ui.language.typing_typography import TypingTypography

    editor = _editor(qtbot, "Title\n")
    TypingTypography(editor, lambda: ("en", ""))
    # A heading's underline on the paragraph's second line: no dash made of it.
    qtbot.keyClicks(editor, "---")
    assert editor.text() == "Title\n---"
    editor.set_text("- apples\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, '- pears -- "ripe"')
    assert editor.text() == "- apples\n- pears — “ripe”"


def test_a_comment_in_a_loaded_article_follows_the_first_edit_and_the_later_ones(
    qtbot, workspace
) -> None:
    from editor.model import Comment

    article = english_article()
    body = article.sections[1].body
    start = body.index("exporters")
    article.comments = [
        Comment(id="c1", part="sections/1", start=start, end=start + 9, quote="exporters")
    ]
    window = workspace.add_window(article)
    window.attach_review()
    box = window.form.sections[1].editor
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(box, "New. ")  # the first edit since the article was opened
    _type_lines(qtbot, box, "", "Another paragraph first.")
    comment = window.article().comments[0]
    text = box.text()
    assert text[comment.start : comment.end] == "exporters"
    # A part with no comment keeps no copy of its text to follow (a 20 MB headline).
    headline = window.form.headline.editor
    qtbot.keyClicks(headline, "!")
    assert id(headline) not in window.review._texts


def test_a_key_in_a_section_body_is_offered_to_its_key_hook_once(qtbot) -> None:
    # The body's own key handling asked the hook, then the box's asked it again: in
    # suggesting mode each arrow went through the suggestion code twice.
    from editor.ui.form.markdown_editor import MarkdownEditor

    box = MarkdownEditor(None, lambda _id: None)
    qtbot.addWidget(box)
    offered: list[int] = []
    box.key_hook = lambda event: offered.append(event.key()) is not None
    qtbot.keyClicks(box, "ab")
    qtbot.keyClick(box, Qt.Key.Key_Left)
    assert offered == [Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_Left]
    assert box.text() == "ab"
