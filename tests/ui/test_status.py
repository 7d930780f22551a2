"""The status bar's word counts: what a reader would count, per part and in total."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from editor.cli import main
from editor.model import Quotation
from editor.model.parts import bare_label
from editor.storage import container
from editor.text.template import new_article
from editor.ui.window.status import StatusBar


def _plain(counts: str) -> str:
    """The counts without the isolates around each section's label (FSI … PDI)."""
    return counts.translate({0x2068: None, 0x2069: None})


def test_show_and_the_status_bar_count_a_section_alike(
    qtbot, workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Bug 3: `newsdesk show` counted the link's address and the token's letters (11), the
    # status bar did not (9). A reader sees "See the report today." and q1's five words.
    article = new_article("en")
    article.headline = "Port"
    article.sections[0].body = "See [the report](https://example.org/a/b) today. [[quote:q1]]"
    article.quotations.append(Quotation(id="q1", words="We will keep that promise."))
    path = tmp_path / "report.newsdesk"
    container.save(article, path)

    assert main(["show", str(path)]) == 0
    shown = re.search(r"Section: +News: (\d+) words", capsys.readouterr().out)
    assert shown is not None

    window = workspace.open_file(path)
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    status = re.search("\u2068News\u2069: (\\d+)", window._words_label.text())
    assert status is not None

    assert int(shown.group(1)) == int(status.group(1)) == 9


def test_window_counts_each_section_and_the_total(qtbot, workspace) -> None:
    from ui_articles import english_article

    from editor.text.counts import word_count

    article = english_article()
    window = workspace.add_window(article)
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    counts = window.counts()
    sections = counts["sections/0"] + counts["sections/1"]
    assert counts["total"] == counts["headline"] + counts["standfirst"] + sections
    # The News body's own words, and those of the quotation it places, not the token.
    own = word_count(article.sections[0].body.replace("[[quote:reyes-1]]", ""))
    placed = word_count(article.quotation("reyes-1").words)
    assert counts["sections/0"] == own + placed
    assert f"News: {own + placed}" in _plain(window._words_label.text())


def test_the_opening_line_is_listed_when_the_total_counts_it(qtbot, workspace) -> None:
    # The total counted the opening line's words while no part listed them: the listed
    # counts did not add up to the total.
    article = new_article("en")
    article.opening.text = "In memory of the ferry crew"
    article.headline = "Port reopens"
    article.sections[0].body = "The port reopened today."
    window = workspace.add_window(article)
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    text = window._words_label.text()
    listed = [int(number) for number in re.findall(r"(\d+)", text)]
    assert "Opening line: 6" in text
    assert sum(listed[:-1]) == listed[-1] == window.counts()["total"] == 12

    plain = new_article("en")
    plain.headline = "Port reopens"
    other = workspace.add_window(plain)
    qtbot.waitUntil(lambda: "total" in other.counts(), timeout=3000)
    assert "Opening" not in other._words_label.text()


def test_words_are_counted_after_typing_stops_not_on_each_key(qtbot, workspace) -> None:
    from ui_articles import english_article, type_into

    window = workspace.add_window(english_article())
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    before = window.counts()["standfirst"]
    type_into(qtbot, window.form.standfirst.editor, " one two")
    qtbot.wait(60)  # events run, timers may fire; a debounced count cannot have yet
    assert window.counts()["standfirst"] == before
    qtbot.waitUntil(lambda: window.counts()["standfirst"] == before + 2, timeout=3000)


def test_undoing_back_to_the_loaded_text_updates_the_counts_and_the_preview(
    qtbot, workspace
) -> None:
    # Undo back to the text as loaded clears the document's modified flag: the form took
    # that for "no edit", and the status bar and the preview kept the undone words.
    from PySide6.QtGui import QKeySequence
    from ui_articles import type_into

    article = new_article("en")
    article.headline = "Port reopens"
    window = workspace.add_window(article)
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    box = window.form.sections[1].editor
    type_into(qtbot, box, "Commuters have waited long enough.")
    qtbot.waitUntil(lambda: window.counts()["sections/1"] == 5, timeout=3000)
    qtbot.waitUntil(lambda: "Commuters" in window.preview.browser.toPlainText(), timeout=5000)
    while box.document().isUndoAvailable():
        qtbot.keySequence(box, QKeySequence.StandardKey.Undo)
    assert box.text() == ""
    qtbot.waitUntil(lambda: window.counts()["sections/1"] == 0, timeout=3000)
    assert "Comment: 0" in _plain(window._words_label.text())
    qtbot.waitUntil(lambda: "Commuters" not in window.preview.browser.toPlainText(), timeout=5000)


def test_an_unlabelled_section_is_named_by_its_place_in_the_counts(qtbot, workspace) -> None:
    from ui_articles import english_article

    from editor.model import Section

    article = english_article()
    article.sections.append(Section(kind="custom", label="", body="Three more words."))
    window = workspace.add_window(article)
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    shown = window._words_label.text()
    # A colon between the place and the count: "Section 3 3" read as one number.
    assert "Section 3: 3" in _plain(shown)
    assert "custom" not in shown


def _writers_window(workspace, qtbot, qapp, width: int):
    """The writer's article (News, Comment, Background) under review, in an 11 pt interface
    font (the offscreen platform's 9 pt hides clipping), at ``width`` × 600."""
    from PySide6.QtGui import QFont
    from ui_articles import english_article

    from editor.model import Section

    article = english_article()
    article.sections.append(
        Section(kind="custom", label="Background:", body="The first bridge was built in 1911.")
    )
    font = QFont(qapp.font())
    font.setPointSizeF(11)
    qapp.setFont(font)
    window = workspace.add_window(article)
    window.attach_review()  # "Status: Draft" in the status bar, as in the writer's window
    window.resize(width, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    qapp.processEvents()
    return window


def _hover_tip(qtbot, widget) -> str:
    """The tip hovering the widget's middle shows ("" for none)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    QToolTip.hideText()
    middle = widget.rect().center()
    QApplication.sendEvent(
        widget, QHelpEvent(QEvent.Type.ToolTip, middle, widget.mapToGlobal(middle))
    )
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.fixture
def interface_font(qapp):
    """Puts the interface font back after a test changed it."""
    from PySide6.QtGui import QFont

    before = QFont(qapp.font())
    yield
    qapp.setFont(before)


def test_at_800_px_every_status_item_shows_whole_or_shortened_with_its_tip(
    qtbot, qapp, workspace, interface_font
) -> None:
    # Seen on Xvfb at 800×600: "…  Background 25  ·  Total  Saved", the total's number gone,
    # and "Backgroun" cut; nothing said the rest was there.
    from PySide6.QtWidgets import QLabel, QToolButton

    window = _writers_window(workspace, qtbot, qapp, 800)
    total = window.counts()["total"]
    bar = window.statusBar()
    bar.clearMessage()  # the preview's folding away, said in passing: the next test's
    qapp.processEvents()
    items = [
        child
        for child in bar.findChildren(QWidget)
        if child.isVisible() and isinstance(child, QLabel | QToolButton)
    ]
    assert window._words_label in items and window._state_label in items
    for item in items:
        if isinstance(item, QToolButton):
            assert item.width() >= item.sizeHint().width(), item.text()
            continue
        shown = getattr(item, "shown_text", item.text)()
        room = item.contentsRect().width()
        assert item.fontMetrics().horizontalAdvance(shown) <= room, (shown, room)
        if shown != item.text():
            assert shown.count("…") == 1, shown
            assert item.text() in _hover_tip(qtbot, item)
    words = getattr(window._words_label, "shown_text", window._words_label.text)()
    # The total keeps its number; a part's count is shown whole or left out for "…".
    assert f"Total {total} words" in words
    assert "…" in words
    shown_parts = [piece for piece in words.split("  ·  ") if piece != "…"]
    assert all(piece in window._words_label.text() for piece in shown_parts), words
    assert "Headline" in words
    assert _hover_tip(qtbot, window._words_label) == window._words_label.text()


def test_at_800_px_the_folded_preview_notice_is_shortened_with_its_tip(
    qtbot, qapp, workspace, interface_font
) -> None:
    window = _writers_window(workspace, qtbot, qapp, 1280)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: not window.preview.isVisible(), timeout=2000)
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message.startswith("Preview folded away (View › Preview shows it)")
    # Qt draws the message up to the first permanent item, 6 px from the bar's edge.
    permanent = [child.x() for child in bar.findChildren(QWidget) if child.isVisible()]
    room = min(permanent) - 2 - 6
    shown = getattr(bar, "shown_message", bar.currentMessage)()
    assert bar.fontMetrics().horizontalAdvance(shown) <= room, (shown, room)
    assert shown.endswith("…") and message.startswith(shown[:-1])
    assert "View › Preview" in shown  # how to get it back survives the shortening
    assert getattr(bar, "tip_text", str)() == message


def test_at_1280_px_the_status_bar_shows_everything_whole(
    qtbot, qapp, workspace, interface_font
) -> None:
    window = _writers_window(workspace, qtbot, qapp, 1280)
    label = window._words_label
    # Unchanged: every count whole, and no tip.
    assert getattr(label, "shown_text", label.text)() == label.text()
    assert re.search("Background: \\d+", _plain(label.text())) and "…" not in label.text()
    assert _hover_tip(qtbot, label) == ""
    state = window._state_label
    assert getattr(state, "shown_text", state.text)() == state.text() == "Not saved yet"


def test_an_item_added_under_a_message_stays_hidden_behind_it(qtbot) -> None:
    """Qt's bar shows its items again when one is added: the counts were drawn under the
    "preview folded" message while the review's item was added (seen on Xvfb)."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    bar = StatusBar(window)
    window.setStatusBar(bar)
    counts = QLabel("Headline: 7  ·  Total 150 words")
    bar.addWidget(counts, 1)
    window.show()
    qtbot.waitExposed(window)
    bar.showMessage("Preview folded away (View › Preview shows it).", 3000)
    assert not counts.isVisible()
    bar.addPermanentWidget(QLabel("2 comments"))
    qtbot.wait(20)
    assert not counts.isVisible()  # the message alone, as before
    embargo = QLabel("Embargoed until 18:00")
    bar.addWidget(embargo)
    qtbot.wait(20)
    assert not counts.isVisible() and not embargo.isVisible()
    bar.clearMessage()
    assert counts.isVisible() and embargo.isVisible()


def test_an_arabic_label_is_isolated_and_its_count_follows_it(qtbot, workspace) -> None:
    # In an English interface "الخبر 62", isolated whole, showed as "62 الخبر": after the
    # standfirst's count the 62 read as the standfirst's (seen on Xvfb).
    article = new_article("ar")
    article.headline = "هل تكفي الخطة؟"
    article.sections[0].body = "أقرت البلدية خطة لإصلاح الشبكة."
    window = workspace.add_window(article)
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    label = bare_label(article.sections[0].label)
    assert f"\u2068{label}\u2069: 5" in window._words_label.text()
