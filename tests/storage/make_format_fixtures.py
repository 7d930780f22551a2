"""Write the committed .newsdesk fixture of the current format version.

Run explicitly, never from a test: ``python tests/storage/make_format_fixtures.py``. It
refuses to replace an existing fixture unless given ``--force``: a fixture is the record of
what that format version looked like, and must stay readable by every later program.

``fixtures/extras-v1.newsdesk`` records a file of the first release of version 1, which kept
parts' directions, the target length and the import's front matter in ``extra`` under keys
only its window knew. It was written by that release (``--extras``, run in a checkout of
it) from ``extras_article()``; it is never written again.
"""

from __future__ import annotations

import sys
from pathlib import Path

from editor.model import (
    Article,
    Byline,
    Comment,
    Meta,
    Opening,
    Quotation,
    Reply,
    Revision,
    Section,
    StatusChange,
)
from editor.storage import container

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture_article() -> Article:
    """Return the article every format-version fixture holds."""
    snapshot = Article(
        id="7f1d2c3e-0000-4000-8000-000000000001",
        language="en",
        headline="Will the river port reopen?",
        sections=[Section(kind="news", label="News:", body="First draft.")],
        meta=Meta(created="2026-03-01T09:00:00+00:00", modified="2026-03-01T09:00:00+00:00"),
    )
    return Article(
        id="7f1d2c3e-0000-4000-8000-000000000001",
        language="en",
        opening=Opening(text="بسم الله الرحمن الرحيم", language="ar"),
        headline="Will the river port reopen before winter?",
        standfirst="Repairs run late; traders count the days.",
        sections=[
            Section(
                kind="news",
                label="News:",
                body="The port council said repairs would take longer.\n\n[[quote:q1]]\n",
            ),
            Section(
                kind="comment",
                label="Comment:",
                body="Winter will not wait. As the harbour master put it, [[quote:q2]].\n",
            ),
        ],
        quotations=[
            Quotation(
                id="q1",
                words="We will reopen the quay before the first ice.",
                speaker="M. Reyes",
                role="port director",
                occasion="council meeting",
                date="2026-03-01",
                source_name="Council minutes",
                source_url="https://example.org/minutes",
                language="en",
                verified=True,
                attribution="said M. Reyes, the port director",
            ),
            Quotation(
                id="q2",
                words="ждать нельзя",
                speaker="A. Berg",
                language="ru",
                translated=True,
                note="translated by the desk",
            ),
        ],
        byline=Byline(
            author="A. Writer", office="the Northland Media Desk", date="2026-03-02", place="Port"
        ),
        meta=Meta(
            tags=["port", "winter"],
            status="in_review",
            created="2026-03-01T09:00:00+00:00",
            modified="2026-03-02T10:30:00+00:00",
        ),
        comments=[
            Comment(
                id="c1",
                part="headline",
                start=0,
                end=4,
                quote="Will",
                text="Is a question right here?",
                author="Editor",
                initials="ED",
                created="2026-03-02T10:00:00+00:00",
                replies=[
                    Reply(author="A. Writer", text="Yes.", created="2026-03-02T10:05:00+00:00")
                ],
            )
        ],
        status_history=[
            StatusChange(status="draft", author="A. Writer", at="2026-03-01T09:00:00+00:00"),
            StatusChange(
                status="in_review",
                author="A. Writer",
                at="2026-03-02T10:30:00+00:00",
                note="ready",
            ),
        ],
        revisions=[
            Revision(
                number=1,
                author="A. Writer",
                created="2026-03-01T09:00:00+00:00",
                note="first draft",
                snapshot=snapshot,
            )
        ],
        assets={"quay.png": bytes.fromhex("89504e470d0a1a0a") + b"not really an image"},
        extra={"x-future": {"kept": True}},
    )


EXTRAS = FIXTURES / "extras-v1.newsdesk"


def extras_article() -> Article:
    """Return the fixture article as the first release of version 1 kept its extra keys."""
    article = fixture_article()
    article.extra["directions"] = {"headline": "rtl", "standfirst": "ltr"}
    article.extra["front_matter"] = {"series": "Harbour notes", "keywords": ["port", "ice"]}
    article.opening.extra["direction"] = "rtl"
    article.sections[1].extra["direction"] = "rtl"
    article.meta.extra["target_words"] = 600
    return article


def main(argv: list[str]) -> int:
    """Write fixtures/v<FORMAT_VERSION>.newsdesk (``--extras``: extras-v1.newsdesk)."""
    path = FIXTURES / f"v{container.FORMAT_VERSION}.newsdesk"
    if "--extras" in argv:
        path = EXTRAS
    if path.exists() and "--force" not in argv:
        print(
            f"{path} exists; it records format version {container.FORMAT_VERSION}. "
            "Pass --force to replace it.",
            file=sys.stderr,
        )
        return 1
    FIXTURES.mkdir(exist_ok=True)
    container.save(extras_article() if path == EXTRAS else fixture_article(), path)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
