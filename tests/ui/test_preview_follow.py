"""The preview follows the page: it shows the paragraph the writer is at (seen on Xvfb: at
paragraph 20 of a 5,000-word article the preview stayed on the headline)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from ui_articles import english_article

from editor.ui.window.main_window import MainWindow
from editor.ui.window.preview_follow import words_pattern
from editor.ui.window.workspace import Workspace

PLACES = ["Northport", "Eastmere", "Southby", "Westfold", "Highdale", "Lowmoor"]


def _numbered(count: int) -> list[str]:
    return [
        f"Paragraph {number} tells how the ferry to {PLACES[number % len(PLACES)]} ran "
        "late again on Monday, and what the harbour office said about it afterwards."
        for number in range(1, count + 1)
    ]


def _open(workspace: Workspace, qtbot, paragraphs: list[str]) -> MainWindow:
    article = english_article()
    article.sections[0].body = "\n\n".join(paragraphs)
    window = workspace.add_window(article)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(
        lambda: window.preview.is_current() and window.preview.isVisible(), timeout=5000
    )
    qtbot.waitUntil(lambda: window.preview_follower is not None, timeout=2000)
    return window


def _put_cursor(window: MainWindow, qtbot, paragraph: int) -> None:
    box = window.form.sections[0].editor
    box.setFocus()
    cursor = QTextCursor(box.document().findBlockByNumber(paragraph))
    box.setTextCursor(cursor)


def _preview_shows(window: MainWindow, text: str, occurrence: int = 0) -> bool:
    """Whether the preview's viewport shows a paragraph starting with ``text``."""
    browser = window.preview.browser
    page = browser.document()
    raw = page.toRawText()
    at = -1
    for _ in range(occurrence + 1):
        at = raw.find(text, at + 1)
        assert at >= 0, text
    top = page.documentLayout().blockBoundingRect(page.findBlock(at)).top()
    bar = browser.verticalScrollBar()
    return bar.value() <= top < bar.value() + browser.viewport().height() - 20


def test_the_preview_shows_the_paragraph_with_the_cursor(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot, _numbered(40))
    assert _preview_shows(window, "Will the river port")  # at the top: the headline
    _put_cursor(window, qtbot, 34)  # "Paragraph 35 …" (the first block is paragraph 1)
    qtbot.waitUntil(lambda: _preview_shows(window, "Paragraph 35 tells"), timeout=3000)
    assert not _preview_shows(window, "Will the river port")
    _put_cursor(window, qtbot, 4)
    qtbot.waitUntil(lambda: _preview_shows(window, "Paragraph 5 tells"), timeout=3000)


def test_a_paragraph_written_many_times_is_told_by_its_place(workspace: Workspace, qtbot) -> None:
    same = "The ferry ran late again on Monday, and the harbour office said nothing."
    paragraphs = [same] * 40
    window = _open(workspace, qtbot, paragraphs)
    _put_cursor(window, qtbot, 36)
    qtbot.waitUntil(lambda: _preview_shows(window, same, occurrence=36), timeout=3000)
    assert not _preview_shows(window, same, occurrence=5)


def test_scrolling_the_page_scrolls_the_preview_with_it(workspace: Workspace, qtbot) -> None:
    window = _open(workspace, qtbot, _numbered(40))
    window.form.headline.editor.setFocus()  # the cursor stays up in the headline
    bar = window.form.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(
        lambda: (
            not _preview_shows(window, "Will the river port")
            and any(_preview_shows(window, f"Paragraph {n} tells") for n in range(10, 31))
        ),
        timeout=3000,
    )


def test_a_paragraph_is_found_by_the_words_a_reader_sees() -> None:
    pattern = words_pattern("The **council** voted [last week](https://example.org/a) to pay")
    assert pattern is not None
    assert pattern.search("The council voted last week to pay a further 2.4 million")
    assert not pattern.search("The council voted example org to pay")
    # Words before a quotation's chip: the preview shows the quotation's words there.
    chip = words_pattern("As the minister put it, \ufffc today.")
    assert chip is not None and chip.search("As the minister put it, “We will”")
    assert words_pattern("\ufffc") is None  # a quotation alone: no words of its own
    short = words_pattern("Short one.")
    assert short is not None and short.search("Short one.")
    # A paragraph of 100,000 words: found by its start, without reading it all.
    long = words_pattern("Alpha beta gamma " + "word " * 100_000)
    assert long is not None and long.pattern.count("word") == 5
