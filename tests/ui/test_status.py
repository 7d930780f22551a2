"""The status bar's word counts: what a reader would count, per part and in total."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import Quotation
from editor.storage import container
from editor.text.template import new_article


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
    status = re.search("\u2068News (\\d+)\u2069", window._words_label.text())
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
    assert f"News {own + placed}" in window._words_label.text()


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
    assert "Opening line 6" in text
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
    assert "Comment 0" in window._words_label.text()
    qtbot.waitUntil(lambda: "Commuters" not in window.preview.browser.toPlainText(), timeout=5000)


def test_an_unlabelled_section_is_named_by_its_place_in_the_counts(qtbot, workspace) -> None:
    from ui_articles import english_article

    from editor.model import Section

    article = english_article()
    article.sections.append(Section(kind="custom", label="", body="Three more words."))
    window = workspace.add_window(article)
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    shown = window._words_label.text()
    assert "Section 3 3" in shown
    assert "custom" not in shown
