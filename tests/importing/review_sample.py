"""The article the reviewed-DOCX fixtures were exported from, English and Arabic."""

from __future__ import annotations

import io

from editor.model import Article, Quotation, Section
from editor.render import docx as docx_writer
from editor.render.build import build_document
from editor.render.styles import HouseStyle

NEWS = (
    "The port opens in **May**. The minister said [[quote:q2]] today.\n\n"
    "Ships will dock at the new quay.\n\nThe quay is ready.\n\n"
    "[[quote:q1]]\n\nA [link](https://example.org) and *more*."
)
COMMENT = "قال الوزير إن الميناء سيفتح. الميناء جاهز."


def sample() -> Article:
    """Return the sample article (the same each time: fixed id and dates)."""
    article = Article(
        language="en",
        headline="Will the river port open?",
        standfirst="Ships are promised by December.",
        sections=[Section("news", "News:", NEWS), Section("comment", "Comment:", COMMENT)],
        quotations=[
            Quotation(id="q1", words="We keep our word.\nAlways.", speaker="A Minister"),
            Quotation(id="q2", words="on time"),
        ],
    )
    article.id = "7f0c3a52-9d7e-4a55-8f1e-2b6f3a9d0c11"
    article.meta.created = article.meta.modified = "2026-12-01T09:00:00+00:00"
    return article


def exported(article: Article | None = None) -> bytes:
    """Return the DOCX Newsdesk exports for the sample article (or the one given)."""
    style = HouseStyle()
    buffer = io.BytesIO()
    docx_writer.write(build_document(article or sample(), style), style, buffer)
    return buffer.getvalue()
