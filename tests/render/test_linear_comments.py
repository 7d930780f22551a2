"""Comments on a long part are placed in time linear in comments and text (issue 14).

Each comment's place used to be found by counting its words from the part's start, and the
DOCX writer flattened the part and searched it again for every comment: quadratic.
"""

from __future__ import annotations

import io

import pytest
from time_limit import finishes_within

from editor.model import Article, Comment, Section
from editor.model.parts import section_part
from editor.render import docx as docx_writer
from editor.render.build import build_document
from editor.render.comments import comment_notes
from editor.render.styles import HouseStyle, Include

pytestmark = pytest.mark.hostile

WITH_COMMENTS = HouseStyle(include=Include(comments=True))
PARAGRAPHS = 3000


def commented_article(paragraphs: int) -> Article:
    """A long section with a comment on the word "port" of every paragraph."""
    lines = [f"Paragraph {number} says the port reopens." for number in range(paragraphs)]
    body = "\n\n".join(lines)
    article = Article(headline="Long", sections=[Section(body=body)])
    at = 0
    for number, line in enumerate(lines):
        start = at + line.index("port")
        article.comments.append(
            Comment(
                id=f"c{number}",
                part=section_part(0),
                start=start,
                end=start + 4,
                quote="port",
                text=f"Note {number}.",
                author="Reviewer One",
            )
        )
        at += len(line) + 2
    return article


def anchored_paragraphs(data: bytes) -> list[str]:
    """Return, for each comment in document order, the text of the paragraph it starts in."""
    import docx

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    body = docx.Document(io.BytesIO(data)).element.body
    found = []
    for paragraph in body.iter(f"{w}p"):
        if paragraph.find(f".//{w}commentRangeStart") is not None:
            found.append("".join(t.text or "" for t in paragraph.iter(f"{w}t")))
    return found


def test_every_comment_of_a_long_part_is_on_its_own_paragraph_in_linear_time() -> None:
    article = commented_article(PARAGRAPHS)
    buffer = io.BytesIO()
    with finishes_within(10):  # the old passes took minutes here
        notes = comment_notes(article)
        docx_writer.write(build_document(article, WITH_COMMENTS), WITH_COMMENTS, buffer)
    assert len(notes) == PARAGRAPHS
    assert anchored_paragraphs(buffer.getvalue()) == [
        f"Paragraph {number} says the port reopens." for number in range(PARAGRAPHS)
    ]


def test_the_notes_of_many_comments_on_a_long_part_are_made_in_linear_time() -> None:
    article = commented_article(40_000)  # 1.5 MB of text, 40,000 comments
    with finishes_within(10):  # counting each from the part's start took minutes
        notes = comment_notes(article)
    assert [note.id for note in notes] == [f"c{number}" for number in range(40_000)]
    assert {note.visible for note in notes} == {"port"}
