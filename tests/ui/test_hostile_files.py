"""Hostile files in the editor: a part too long for Qt to edit opens at once, whole.

Qt lays a paragraph out whole again on each key and QTextEdit moves every line after it,
so a 20 MB headline never finished opening. Such a part now shows its start, holds the
rest and says so; the text the window saves is the whole text, with the edits made.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel
from ui_articles import english_article

from editor.storage.container import load, save
from editor.ui.form.text_box import LONG_PARAGRAPH, SHOWN_LINES
from editor.ui.window.preview import PREVIEW_LIMIT
from editor.ui.window.workspace import Workspace

pytestmark = pytest.mark.hostile

# 2 MB: the editor before the change took minutes to open this headline.
LONG_HEADLINE = ("Will the port reopen? " * 100_000).strip()


def _type_at_start(qtbot, box, text: str) -> None:
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(box, text)


def test_a_two_megabyte_headline_opens_whole_and_saves_with_the_edit(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    article = english_article()
    article.headline = LONG_HEADLINE
    path = tmp_path / "long.newsdesk"
    save(article, path)
    window = workspace.open_file(path)
    assert window is not None
    qtbot.waitExposed(window)
    box = window.form.headline.editor
    # What Qt lays out is bounded; the rest is held and said to be there.
    assert box.document().characterCount() <= LONG_PARAGRAPH + 1
    assert box.text() == LONG_HEADLINE
    notice = box.findChild(QLabel)
    assert notice is not None and notice.isVisible()
    assert f"{len(LONG_HEADLINE):,}" in notice.text()
    _type_at_start(qtbot, box, "So: ")
    assert window.save()
    assert load(path).headline == "So: " + LONG_HEADLINE


def test_a_section_of_many_lines_opens_whole_and_saves_with_the_edit(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    article = english_article()
    body = "\n\n".join(f"Paragraph {number}." for number in range(SHOWN_LINES * 2))
    article.sections[0].body = body
    window = workspace.add_window(article)
    qtbot.waitExposed(window)
    box = window.form.sections[0].editor
    assert box.document().blockCount() <= SHOWN_LINES
    assert box.text() == body
    _type_at_start(qtbot, box, "New. ")
    path = tmp_path / "lines.newsdesk"
    assert window.save_as(path)
    assert load(path).sections[0].body == "New. " + body


def test_a_usual_text_is_shown_whole(qtbot, workspace: Workspace) -> None:
    article = english_article()
    window = workspace.add_window(article)
    box = window.form.sections[0].editor
    assert box.held_text() == ""
    assert box.shown_text() == box.text() == article.sections[0].body


def test_the_preview_cuts_a_long_word_short(qtbot, workspace: Workspace) -> None:
    article = english_article()
    article.sections[0].body = "Before. " + "a" * (LONG_PARAGRAPH * 5)
    window = workspace.add_window(article)
    qtbot.waitUntil(window.preview.is_current, timeout=10_000)
    page = window.preview.browser.toPlainText()
    assert "Before. " in page
    # The paragraph is cut where the editor stops showing it, and says it goes on.
    assert "a" * (LONG_PARAGRAPH - len("Before. ")) + " …" in page
    assert "a" * LONG_PARAGRAPH not in page


def test_the_preview_names_an_article_too_long_to_render(qtbot, workspace: Workspace) -> None:
    article = english_article()
    article.sections[0].body = "\n\n".join(["The port reopens in December."] * 20_000)
    assert len(article.sections[0].body) > PREVIEW_LIMIT
    window = workspace.add_window(article)
    qtbot.waitUntil(window.preview.is_current, timeout=10_000)
    page = window.preview.browser.toPlainText()
    assert "too long to preview" in page
    assert "The port reopens" not in page


def test_the_word_count_of_a_held_text_is_right_and_not_made_again_on_each_pause(
    qtbot, workspace: Workspace, monkeypatch
) -> None:
    from editor.text import counts

    article = english_article()
    article.headline = LONG_HEADLINE
    window = workspace.add_window(article)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "headline" in window.counts(), timeout=10_000)
    assert window.counts()["headline"] == counts.word_count(LONG_HEADLINE)
    counted: list[int] = []
    real = counts.word_count

    def word_count(text: str) -> int:
        counted.append(len(text))
        return real(text)

    monkeypatch.setattr(counts, "word_count", word_count)
    _type_at_start(qtbot, window.form.headline.editor, "So ")
    qtbot.waitUntil(lambda: bool(counted), timeout=10_000)
    qtbot.waitUntil(lambda: window.counts()["headline"] == real("So " + LONG_HEADLINE))
    assert max(counted) <= LONG_PARAGRAPH + 10


def test_fix_typography_and_restoring_a_revision_keep_a_held_text_whole(
    qtbot, workspace: Workspace
) -> None:
    # Both put a whole text in place of a box's: the held end stayed after it as well, and
    # the headline grew by the length of that end each time.
    article = english_article()
    article.headline = 'Will the "port" reopen? ' + "Not before spring. " * 2_000
    window = workspace.add_window(article)
    window.attach_review()
    window.attach_language_tools()
    review, tools = window.review, window.language_tools
    assert review is not None and tools is not None
    box = window.form.headline.editor
    assert box.held_text()
    assert review.save_revision("before the fix")
    assert tools.fix_typography() >= 1
    assert box.text() == article.headline.replace('"port"', "“port”")
    assert box.document().characterCount() <= LONG_PARAGRAPH + 1
    review.restore(1)
    assert box.text() == article.headline
    assert box.document().characterCount() <= LONG_PARAGRAPH + 1
