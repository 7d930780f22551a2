"""Word-level compare: exactly the expected insertions and deletions, in any script."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.model import Article, Quotation, Section
from editor.text.compare import (
    DELETE,
    EQUAL,
    INSERT,
    PartDiff,
    compare_articles,
    compare_html,
    diff_to_terminal,
    diff_words,
    tokens,
)


def insertions(part: PartDiff) -> list[str]:
    """Return a part's inserted stretches, in order."""
    return [text for operation, text in part.diffs if operation == INSERT]


def deletions(part: PartDiff) -> list[str]:
    """Return a part's deleted stretches, in order."""
    return [text for operation, text in part.diffs if operation == DELETE]


def test_known_english_edit_gives_exactly_its_insertions_and_deletions() -> None:
    old = "The minister said the port will reopen in May."
    new = "The minister said the river port will reopen in June."
    assert diff_words(old, new) == [
        (EQUAL, "The minister said the "),
        (INSERT, "river "),
        (EQUAL, "port will reopen in "),
        (DELETE, "May"),
        (INSERT, "June"),
        (EQUAL, "."),
    ]


def test_known_russian_edit() -> None:
    old = "Министр сказал, что порт откроется в мае."
    new = "Министр заявил, что новый порт откроется в июне."
    diffs = diff_words(old, new)
    assert [text for op, text in diffs if op == DELETE] == ["сказал", "мае"]
    assert [text for op, text in diffs if op == INSERT] == ["заявил", "новый ", "июне"]
    assert diff_to_terminal(diffs) == (
        "Министр [-сказал-]{+заявил+}, что {+новый +}порт откроется в [-мае-]{+июне+}."
    )


def test_known_arabic_edit() -> None:
    old = "قال الوزير إن الميناء سيفتح في مايو."
    new = "قال الوزير إن الميناء الجديد سيفتح في يونيو."
    diffs = diff_words(old, new)
    assert [text for op, text in diffs if op == INSERT] == ["الجديد ", "يونيو"]
    assert [text for op, text in diffs if op == DELETE] == ["مايو"]


def test_a_word_is_never_split() -> None:
    diffs = diff_words("reopen the channel", "reopened the channel")
    assert diffs == [(DELETE, "reopen"), (INSERT, "reopened"), (EQUAL, " the channel")]
    assert tokens("Да, ну.") == ["Да", ",", " ", "ну", "."]


@given(st.text(max_size=200), st.text(max_size=200))
def test_both_sides_are_rebuilt_from_the_diff(old: str, new: str) -> None:
    diffs = diff_words(old, new)
    assert "".join(text for op, text in diffs if op != INSERT) == old
    assert "".join(text for op, text in diffs if op != DELETE) == new


def test_timeout_falls_back_to_difflib_with_the_same_changes() -> None:
    old = "\n".join(f"line {n} of the text" for n in range(400))
    new = old.replace("line 7 ", "row 7 ").replace("line 300 of", "line 300 in")
    expected = diff_words(old, new)
    slow = diff_words(old, new, timeout=1e-9)
    assert "".join(t for op, t in slow if op != INSERT) == old
    assert [t for op, t in slow if op == INSERT] == ["row", "in"]
    assert [t for op, t in expected if op == DELETE] == ["line", "of"]


def test_articles_compare_part_by_part() -> None:
    old = Article(
        headline="Port to reopen",
        sections=[
            Section("news", "News:", "Ships arrive in May."),
            Section("comment", "", "Good."),
        ],
        quotations=[Quotation(id="q1", words="We will keep it.")],
    )
    new = Article(
        headline="Port to reopen soon",
        sections=[Section("news", "News:", "Ships arrive in June.")],
        quotations=[
            Quotation(id="q1", words="We will keep it."),
            Quotation(id="q2", words="Yes."),
        ],
    )
    parts = {part.part: part for part in compare_articles(old, new)}
    assert insertions(parts["headline"]) == [" soon"]
    assert parts["sections/0"].name == "News"
    assert (deletions(parts["sections/0"]), insertions(parts["sections/0"])) == (
        ["May"],
        ["June"],
    )
    assert deletions(parts["sections/1"]) == ["Good."]
    assert not parts["quotations/q1"].changed
    assert insertions(parts["quotations/q2"]) == ["Yes."]
    page = compare_html(list(parts.values()))
    assert "<del>May</del><ins>June</ins>" in page
    assert "We will keep it." not in page  # unchanged parts are left out
    side = compare_html(list(parts.values()), side_by_side=True)
    assert '<td dir="auto">Ships arrive in <del>May</del>.</td>' in side


def test_html_escapes_the_text() -> None:
    old, new = Article(headline="a < b"), Article(headline="a < b & c")
    page = compare_html(compare_articles(old, new))
    assert "a &lt; b<ins> &amp; c</ins>" in page
