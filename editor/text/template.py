"""New articles from the default template: News and Comment, labelled in the language."""

from __future__ import annotations

from editor.model import Article, Meta, Section, SectionKind, now_iso
from editor.text.languages import language_or_default


def new_article(language_code: str = "en", author: str = "", office: str = "") -> Article:
    """Return an empty article with the default News and Comment sections."""
    lang = language_or_default(language_code)
    stamp = now_iso()
    article = Article(
        language=language_code or lang.code,
        sections=[
            # Labelled as Insert › Section labels a new one: by the language's label_for.
            Section(kind=SectionKind.NEWS.value, label=lang.label_for(SectionKind.NEWS.value)),
            Section(
                kind=SectionKind.COMMENT.value, label=lang.label_for(SectionKind.COMMENT.value)
            ),
        ],
        meta=Meta(created=stamp, modified=stamp),
    )
    article.byline.author = author
    article.byline.office = office
    return article
