"""Comment anchors follow typing before, inside and after them; deletion detaches, never drops."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.model import Article, Comment, Section
from editor.model.review import add_comment, is_detached
from editor.storage.container import dumps, loads
from editor.text.anchors import apply_edit, find_quote, reanchor, reanchor_comments, shift

TEXT = "The ministry announced the date on Monday."


def commented() -> tuple[Article, Comment]:
    article = Article(sections=[Section("news", "News:", TEXT)])
    return article, add_comment(article, "sections/0", 4, 12, "Which ministry?", "Reviewer")


def edit(article: Article, position: int, removed: int, inserted: str) -> list[Comment]:
    """Make an edit to section 0 the way the editor reports it, and move the anchors."""
    body = article.sections[0].body
    article.sections[0].body = body[:position] + inserted + body[position + removed :]
    return apply_edit(
        article.comments, "sections/0", position, removed, len(inserted), article.sections[0].body
    )


def test_typing_before_the_anchor_moves_it() -> None:
    article, comment = commented()
    edit(article, 0, 0, "Yesterday ")
    assert (comment.start, comment.end, comment.quote) == (14, 22, "ministry")
    edit(article, 14, 0, "transport ")  # at its very start: goes before it
    assert article.sections[0].body[comment.start : comment.end] == "ministry"


def test_typing_inside_the_anchor_extends_it() -> None:
    article, comment = commented()
    edit(article, 8, 0, "-")
    assert comment.quote == "mini-stry"
    edit(article, 4, 2, "MI")
    assert comment.quote == "MIni-stry"


def test_typing_after_the_anchor_leaves_it() -> None:
    article, comment = commented()
    edit(article, 12, 0, " of transport")  # at its very end: goes after it
    edit(article, len(article.sections[0].body), 0, " Really.")
    assert (comment.start, comment.end, comment.quote) == (4, 12, "ministry")


def test_deleting_the_anchored_text_detaches_and_keeps_the_comment() -> None:
    article, comment = commented()
    changed = edit(article, 3, 10, "")
    assert changed == [comment]
    assert is_detached(comment)
    assert comment.quote == "ministry"
    assert comment.text == "Which ministry?"
    assert article.comments == [comment]
    loaded = loads(dumps(article))
    assert is_detached(loaded.comments[0]) and loaded.comments[0].quote == "ministry"
    # Typing elsewhere keeps it detached; undoing the deletion puts it back.
    edit(article, 0, 0, "So ")
    assert is_detached(comment) and comment.start == 6
    edit(article, 6, 0, " ministry ")
    assert (comment.quote, comment.start, comment.end) == ("ministry", 7, 15)


def test_deleting_part_of_the_anchored_text_keeps_the_rest() -> None:
    article, comment = commented()
    edit(article, 0, 8, "")  # "The mini" gone
    assert comment.quote == "stry"
    article, comment = commented()
    edit(article, 10, 20, "")  # "ry announced the dat" gone
    assert comment.quote == "minist"


def test_edits_in_other_parts_leave_the_anchor_alone() -> None:
    article, comment = commented()
    assert apply_edit(article.comments, "headline", 0, 0, 5, "Hello") == []
    assert (comment.start, comment.end) == (4, 12)


@given(
    st.text(max_size=30),
    st.integers(0, 60),
    st.integers(0, 20),
    st.text(max_size=10),
)
def test_an_edit_outside_the_anchor_keeps_its_words(
    prefix: str, where: int, removed: int, inserted: str
) -> None:
    text = prefix + "[anchor]" + "tail of the text"
    start, end = len(prefix), len(prefix) + 8
    position = min(where, len(text))
    removed = min(removed, len(text) - position)
    if not (position + removed <= start or position >= end):
        return
    new_text = text[:position] + inserted + text[position + removed :]
    moved = shift(start, end, position, removed, len(inserted))
    assert moved is not None
    assert new_text[moved[0] : moved[1]] == "[anchor]"


def test_reanchor_maps_through_wholesale_changes_or_detaches() -> None:
    old = "Intro. The ministry announced the date. The ministry waited."
    new = "A longer intro here. The ministry announced the date. The ministry waited."
    start = old.index("ministry", 20)  # the second one
    found = reanchor(old, new, start, start + 8, "ministry")
    assert found == (new.index("ministry", 30), new.index("ministry", 30) + 8)
    assert reanchor(old, "Nothing left.", start, start + 8, "ministry") is None
    assert find_quote("a b a", "a", 4) == (4, 5)


def test_reanchor_comments_after_a_rewrite_in_arabic() -> None:
    old = Article(headline="قال الوزير إن الميناء سيفتح")
    new = Article(headline="أعلن الوزير أمس أن الميناء سيفتح قريبا")
    comment = add_comment(old, "headline", 4, 10, "أي وزير؟", "Reviewer")
    gone = add_comment(old, "headline", 0, 3, "?", "Reviewer")
    detached = reanchor_comments(old.comments, old, new)
    assert comment.quote == "الوزير"
    assert new.headline[comment.start : comment.end] == "الوزير"
    assert detached == [gone] and gone.quote == "قال"


def test_reanchoring_comments_on_a_large_bank_takes_one_pass() -> None:
    from time_limit import finishes_within

    from editor.model import Quotation

    count = 40_000
    old = Article(quotations=[Quotation(f"q{i}", f"said word {i}") for i in range(count)])
    new = Article(quotations=[Quotation(f"q{i}", f"said word {i}") for i in range(count)])
    del new.quotations[::2]  # half of them gone: their comments come loose
    comments = [Comment(f"c{i}", f"quotations/q{i}", 5, 9, "word") for i in range(count)]
    # Each comment searched both banks for its part: 40,000 × 40,000 steps.
    with finishes_within():
        detached = reanchor_comments(comments, old, new)
    assert len(detached) == count // 2
    assert detached[0].id == "c0"
    assert (comments[1].start, comments[1].end, comments[1].quote) == (5, 9, "word")
