"""A reviewed article shared by the Word-comment tests: comments on several parts, a reply."""

from __future__ import annotations

from editor.model import Article, Quotation, Section
from editor.model.review import add_comment, reply

BODY_NEWS = (
    "The ministry announced the *date* on Monday.\n\n"
    "Ships [[quote:q1]] will arrive. The ministry said so twice."
)
BODY_COMMENT = "Doubts remain about the channel depth. Who measured it?"


def reviewed_article() -> Article:
    """Return an article with open comments on the headline, both sections and a quotation."""
    article = Article(
        headline="Will the river port reopen?",
        standfirst="Cargo ships are promised by December.",
        sections=[
            Section("news", "News:", BODY_NEWS),
            Section("comment", "Comment:", BODY_COMMENT),
        ],
        quotations=[Quotation(id="q1", words="We will keep that promise.", speaker="A Minister")],
    )
    add_comment(article, "headline", 9, 14, "River or sea?", "Reviewer One")
    start = BODY_NEWS.index("announced")
    dated = add_comment(
        article, "sections/0", start, BODY_NEWS.index("Monday") + 6, "Which day?", "Reviewer One"
    )
    reply(dated, "Monday the 5th.", "Writer Two")
    second = BODY_NEWS.index("ministry", 20)  # the second "ministry", not the first
    add_comment(article, "sections/0", second, second + 8, "Same ministry?", "Reviewer One")
    start = BODY_COMMENT.index("channel depth")
    add_comment(article, "sections/1", start, start + 13, "Give the figure.", "Reviewer Two")
    add_comment(article, "quotations/q1", 8, 12, "Verbatim?", "Reviewer Two")
    resolved = add_comment(article, "standfirst", 0, 11, "Old note.", "Reviewer One")
    resolved.resolved = True
    return article
