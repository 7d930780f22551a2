"""The page's structured data: a schema.org NewsArticle as JSON-LD, safe inside ``<script>``.

The type is ``OpinionNewsArticle`` when every section of the article is of the IPTC genre
"Opinion" (a comment alone, or comments only), else ``NewsArticle``: one article with a
news section is news, whatever comment follows it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from editor.text.attribution import list_comma
from editor.text.dates import machine_date, printed_date
from editor.text.languages import language_or_default

if TYPE_CHECKING:
    from editor.render.tree import Document, EditionLink

# What no text inside a script element may hold as itself: "<" and ">" (a "</script>" or
# "<!--" would end or change the element), "&" (for XHTML readers), and the line and
# paragraph separators (JavaScript before ES2019 reads them as line ends).
_ESCAPES = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def dateline(document: Document) -> str:
    """Return the dateline: the byline's place and date as the article's language prints
    them ("Marren, 2 May 2026"), "" for none."""
    date = printed_date(document.date, language_or_default(document.language))
    parts = [part for part in (document.desk.place, date) if part]
    return list_comma(" ".join(parts)).join(parts)


def media_topic(subject: str) -> str:
    """Return the IPTC Media Topic code a subject names ("medtop:20000763"), "" for a name."""
    code = subject.removeprefix("medtop:")
    return code if subject.startswith("medtop:") and code.isdigit() else ""


def other_editions(document: Document) -> list[EditionLink]:
    """Return the story's language versions an exchange item links to: a source's
    translations, or the source an edition translates (never its siblings, nor itself)."""
    desk = document.desk
    own = article_uri(desk.article_id, desk.edition)
    return [
        edition
        for edition in document.editions
        if edition.uri != own and (edition.original or not desk.edition)
    ]


def article_uri(article_id: str, edition: str = "") -> str:
    """Return the URI that names an article in every exchange format; a language edition
    (same article id) adds its language: ``urn:newsdesk:article:ID:ar``."""
    if edition:
        return f"urn:newsdesk:article:{article_id}:{edition}"
    return f"urn:newsdesk:article:{article_id}"


def structured_data(document: Document) -> dict[str, Any]:
    """Return the schema.org description of an article (a NewsArticle) as plain values."""
    desk = document.desk
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "OpinionNewsArticle" if desk.opinion else "NewsArticle",
        "headline": " ".join(document.headline.split()),
        "inLanguage": document.language,
    }
    if desk.article_id:
        data["identifier"] = article_uri(desk.article_id, desk.edition)
    if desk.standfirst:
        data["description"] = desk.standfirst
    if document.author:
        data["author"] = {"@type": "Person", "name": document.author}
    if desk.office:
        data["publisher"] = {"@type": "Organization", "name": desk.office}
    line = dateline(document)
    if line:
        data["dateline"] = line
    if desk.place:
        data["locationCreated"] = {"@type": "Place", "name": desk.place}
    published = machine_date(document.date)
    if published:
        data["datePublished"] = published
    for key, value in (("dateCreated", document.created), ("dateModified", document.modified)):
        stamp = machine_date(value)
        if stamp:
            data[key] = stamp
    if document.tags:
        data["keywords"] = list(document.tags)
    if desk.subjects:
        data["about"] = [{"@type": "Thing", "name": subject} for subject in desk.subjects]
    if desk.genres:
        data["genre"] = list(desk.genres)
    if desk.copyright_holder:
        data["copyrightHolder"] = {"@type": "Organization", "name": desk.copyright_holder}
    if desk.usage_terms:
        terms = desk.usage_terms
        # usageInfo names a page or a creative work: a link as itself, words as a work's text.
        is_link = terms.startswith(("https://", "http://")) and " " not in terms
        data["usageInfo"] = terms if is_link else {"@type": "CreativeWork", "text": terms}
    if desk.corrections:
        entries = []
        for entry in desk.corrections:
            comment: dict[str, Any] = {"@type": "CorrectionComment", "text": entry.text}
            when = machine_date(entry.date)
            if when:
                comment["datePublished"] = when
            comment["name"] = entry.kind
            entries.append(comment)
        data["correction"] = entries
    return data


def json_ld(document: Document) -> str:
    """Return the structured data as JSON text that cannot end or change its script element."""
    text = json.dumps(structured_data(document), ensure_ascii=False, separators=(",", ":"))
    return text.translate(_ESCAPES)
