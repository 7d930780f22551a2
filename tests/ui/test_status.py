"""The status bar's word counts: what a reader would count, per part and in total."""

from __future__ import annotations

from editor.model import Quotation
from editor.ui.status import countable_text

BANK = {"reyes-1": Quotation(id="reyes-1", words="We will keep that promise.")}


def test_links_count_their_text_and_quotations_their_words() -> None:
    body = "See [the ministry](https://example.org/a-long-address) today. [[quote:reyes-1]]"
    assert countable_text(body, BANK.get).split() == [
        "See",
        "[the",
        "ministry]",
        "today.",
        "We",
        "will",
        "keep",
        "that",
        "promise.",
    ]


def test_an_unknown_quotation_counts_no_words() -> None:
    assert countable_text("Said [[quote:ghost-1]].", BANK.get).split() == ["Said", "."]


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


def test_words_are_counted_after_typing_stops_not_on_each_key(qtbot, workspace) -> None:
    from ui_articles import english_article, type_into

    window = workspace.add_window(english_article())
    qtbot.waitUntil(lambda: "total" in window.counts(), timeout=3000)
    before = window.counts()["standfirst"]
    type_into(qtbot, window.form.standfirst.editor, " one two")
    qtbot.wait(60)  # events run, timers may fire; a debounced count cannot have yet
    assert window.counts()["standfirst"] == before
    qtbot.waitUntil(lambda: window.counts()["standfirst"] == before + 2, timeout=3000)
