"""The approval gate: Approved and Published wait until suggestions and comments are settled."""

from __future__ import annotations

import pytest

from editor.model import Status
from editor.model.review import (
    ApprovalGateError,
    add_comment,
    change_status,
    open_review_items,
    resolve,
)
from editor.text import suggestions as ops
from editor.text.template import new_article

BODY = "The minister said the port would open before winter."


def _in_review():
    article = new_article("en")
    article.sections[0].body = BODY
    change_status(article, Status.IN_REVIEW, "Writer")
    return article


def test_approved_is_refused_with_open_suggestions_and_accepted_once_they_are_settled() -> None:
    article = _in_review()
    first = ops.suggest(article, "sections/0", 4, 12, "premier", "Desk Editor")
    ops.suggest(article, "sections/0", 0, 0, "Yesterday ", "Copy Editor")
    with pytest.raises(ApprovalGateError) as refused:
        change_status(article, Status.APPROVED, "Chief", gate=True)
    assert (refused.value.suggestions, refused.value.comments) == (2, 0)
    assert str(refused.value) == (
        "the article cannot move to Approved while it has 2 open suggestions"
    )
    assert article.meta.status == "in_review"
    assert [c.status for c in article.status_history] == ["in_review"]
    ops.accept(article, first)
    with pytest.raises(ApprovalGateError, match=r"1 open suggestion$"):
        change_status(article, Status.APPROVED, "Chief", gate=True)
    ops.reject_all(article)
    change_status(article, Status.APPROVED, "Chief", gate=True)
    assert article.meta.status == "approved"


def test_approved_is_refused_with_unresolved_comments_and_accepted_once_resolved() -> None:
    article = _in_review()
    comment = add_comment(article, "sections/0", 4, 12, "Which one?", "Desk Editor")
    ops.suggest(article, "sections/0", 0, 0, "Yesterday ", "Copy Editor")
    with pytest.raises(ApprovalGateError) as refused:
        change_status(article, "approved", "Chief", gate=True)
    assert (refused.value.suggestions, refused.value.comments) == (1, 1)
    assert "1 open suggestion and 1 unresolved comment" in str(refused.value)
    ops.reject_all(article)
    with pytest.raises(ApprovalGateError, match=r"1 unresolved comment$"):
        change_status(article, "approved", "Chief", gate=True)
    resolve(comment)  # a resolved comment is settled; it stays in the article
    change_status(article, "approved", "Chief", gate=True)
    assert article.meta.status == "approved"


def test_published_is_gated_too_and_leaving_approval_never_is() -> None:
    article = _in_review()
    change_status(article, Status.APPROVED, "Chief", gate=True)
    add_comment(article, "sections/0", 4, 12, "Check the title.", "Desk Editor")
    with pytest.raises(ApprovalGateError, match="cannot move to Published"):
        change_status(article, Status.PUBLISHED, "Chief", gate=True)
    change_status(article, Status.CHANGES_REQUESTED, "Chief", gate=True)
    assert article.meta.status == "changes_requested"


def test_with_the_gate_off_open_items_do_not_stop_approval() -> None:
    article = _in_review()
    add_comment(article, "sections/0", 4, 12, "Which one?", "Desk Editor")
    ops.suggest(article, "sections/0", 4, 12, "premier", "Desk Editor")
    change_status(article, Status.APPROVED, "Chief", gate=False)
    assert article.meta.status == "approved"


def test_the_gate_counts_what_the_suggestions_module_counts() -> None:
    article = _in_review()
    add_comment(article, "sections/0", 4, 12, "Which one?", "Desk Editor")
    resolve(add_comment(article, "sections/0", 13, 17, "Fine.", "Desk Editor"))
    ops.suggest(article, "sections/0", 4, 12, "premier", "Desk Editor")
    assert open_review_items(article) == (1, 1)
