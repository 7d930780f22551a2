"""Review operations: comments on a part's words, replies, status moves, revisions."""

from __future__ import annotations

import pytest

from editor.model import Article, Quotation, Section, Status
from editor.model.review import (
    ALLOWED_MOVES,
    LOCKED_STATUSES,
    ReviewError,
    add_comment,
    change_status,
    comments_by_part,
    find_revision,
    initials_of,
    is_detached,
    make_revision,
    parse_status,
    reopen,
    reopen_for_changes,
    reply,
    resolve,
    status_of,
)
from editor.storage.container import dumps, loads
from editor.text.anchors import restore_revision


def article() -> Article:
    return Article(
        headline="Will the river port reopen?",
        standfirst="Cargo ships are promised by December.",
        sections=[
            Section("news", "News:", "The ministry announced the date on Monday."),
            Section("comment", "Comment:", "Doubts remain about the channel depth."),
        ],
        quotations=[Quotation(id="q1", words="We will keep that promise.")],
    )


def test_comment_keeps_the_quoted_words_of_its_range() -> None:
    draft = article()
    comment = add_comment(draft, "sections/0", 4, 12, "Which ministry?", "Reviewer One")
    assert comment.quote == "ministry"
    assert comment.initials == "RO"
    assert (comment.part, comment.start, comment.end) == ("sections/0", 4, 12)
    assert draft.comments == [comment]
    on_quote = add_comment(draft, "quotations/q1", 8, 12, "Source?", "Reviewer One")
    assert on_quote.quote == "keep"


def test_comment_on_nothing_or_outside_the_text_is_refused() -> None:
    draft = article()
    with pytest.raises(ReviewError, match="needs some text of headline selected"):
        add_comment(draft, "headline", 3, 3, "Empty", "R")
    with pytest.raises(ReviewError, match="characters 0–500"):
        add_comment(draft, "headline", 0, 500, "Too far", "R")
    with pytest.raises(ReviewError, match="no part 'sections/9'"):
        add_comment(draft, "sections/9", 0, 1, "Where?", "R")
    with pytest.raises(ReviewError, match="needs some text"):
        add_comment(draft, "headline", 0, 4, "   ", "R")
    assert draft.comments == []


def test_reply_resolve_reopen_and_filter_by_state() -> None:
    draft = article()
    first = add_comment(draft, "sections/1", 0, 6, "Say who doubts.", "Reviewer One")
    second = add_comment(draft, "headline", 5, 10, "River or sea?", "Reviewer Two")
    reply(first, "The harbour pilots.", "Writer Three")
    resolve(first)
    assert [c.text for c in comments_by_part(draft)] == ["River or sea?", "Say who doubts."]
    assert comments_by_part(draft, resolved=False) == [second]
    assert comments_by_part(draft, resolved=True) == [first]
    reopen(first)
    assert not first.resolved
    assert [(r.author, r.text) for r in first.replies] == [("Writer Three", "The harbour pilots.")]
    with pytest.raises(ReviewError):
        reply(first, "", "Writer Three")


def test_status_moves_follow_the_workflow_and_are_recorded_with_a_revision() -> None:
    draft = article()
    assert ALLOWED_MOVES[status_of(draft)] == (Status.IN_REVIEW,)
    with pytest.raises(ReviewError, match="Draft cannot move to Approved"):
        change_status(draft, Status.APPROVED, "Editor")
    change_status(draft, "in_review", "Writer", "Ready")
    change = change_status(
        draft, Status.APPROVED, "Editor", "Good to go", at="2026-11-28T05:00:00+00:00"
    )
    assert draft.meta.status == "approved"
    assert status_of(draft) in LOCKED_STATUSES
    assert [(c.status, c.author, c.note) for c in draft.status_history] == [
        ("in_review", "Writer", "Ready"),
        ("approved", "Editor", "Good to go"),
    ]
    assert change.at == "2026-11-28T05:00:00+00:00"
    assert [r.note for r in draft.revisions] == [
        "Status: In review — Ready",
        "Status: Approved — Good to go",
    ]
    assert draft.revisions[-1].snapshot.meta.status == "approved"
    reopen_for_changes(draft, "Editor")
    assert draft.meta.status == "changes_requested"
    assert status_of(draft) not in LOCKED_STATUSES
    assert draft.status_history[-1].note == "Reopened for changes"


def test_status_names_are_understood_in_several_spellings() -> None:
    assert parse_status("In review") is Status.IN_REVIEW
    assert parse_status("changes-requested") is Status.CHANGES_REQUESTED
    with pytest.raises(ReviewError, match="unknown status 'done'"):
        parse_status("done")


def test_restoring_a_revision_is_a_new_state_that_keeps_the_replaced_text() -> None:
    draft = article()
    make_revision(draft, "Writer", "first draft")
    draft.sections[0].body = "The ministry announced the date on Tuesday, after a delay."
    comment = add_comment(draft, "sections/0", 4, 12, "Which ministry?", "Editor")
    before = restore_revision(draft, 1, "Writer")
    assert draft.sections[0].body == "The ministry announced the date on Monday."
    assert before.note == "Before restoring revision 1"
    assert find_revision(draft, before.number).snapshot.sections[0].body.endswith("after a delay.")
    # The comment still sits on its word in the restored text.
    assert (comment.start, comment.end, comment.quote) == (4, 12, "ministry")
    with pytest.raises(ReviewError, match="no revision 9"):
        find_revision(draft, 9)


def test_save_and_load_keep_comments_replies_history_and_revisions() -> None:
    draft = article()
    comment = add_comment(draft, "standfirst", 0, 11, "Which ships?", "Reviewer One", "R1")
    reply(comment, "Container ships.", "Writer")
    resolve(comment)
    detached = add_comment(draft, "headline", 9, 14, "Name it", "Reviewer One")
    detached.start = detached.end = 9
    change_status(draft, Status.IN_REVIEW, "Writer", "please read")
    loaded = loads(dumps(draft))
    assert loaded.comments == draft.comments
    assert is_detached(loaded.comments[1]) and loaded.comments[1].quote == "river"
    assert loaded.status_history == draft.status_history
    assert [r.note for r in loaded.revisions] == ["Status: In review — please read"]
    assert loaded.revisions[0].snapshot.comments == draft.comments
    assert loaded.revisions[0].snapshot.headline == draft.headline


def test_initials_come_from_the_author_name() -> None:
    assert initials_of("Reviewer One") == "RO"
    assert initials_of("ريم") == "ر"
    assert initials_of("") == ""
