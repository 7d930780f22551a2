"""ninjs writer: the IPTC's JSON news item (2.2 by default, 3.1 on request), one per article.

What goes where (both versions; 3.1 spells the same fields in camelCase, ``embargoed``
becomes ``embargoedUntil``):

- ``uri`` ``urn:newsdesk:article:ID``; ``version`` 1 plus the number of status moves and
  of corrections (each is a new version of the story a receiver must take); ``pubstatus``
  "canceled" when the log holds a retraction, "usable" when the article is approved or
  published, else "withheld";
  ``embargoed`` the embargo (the receiver holds a usable item until then).
- ``headlines``, ``bodies`` (the body as the HTML writer gives it, sanitised,
  ``text/html``), ``descriptions`` (the standfirst as the "summary"; each entry of the
  corrections log as a description whose role is its kind, "correction",
  "clarification" or "retraction": ninjs has no corrections field), ``by``, ``slugline``,
  ``located`` (the byline's place), ``language``, ``urgency``, ``genres`` (IPTC genre
  NewsCodes), ``subjects`` (Media Topic codes as URIs, plain names as names; the tags as
  subjects whose ``rel`` is "keyword"), ``copyrightholder``, ``usageterms``.
- Never the editor's note: ninjs's ``ednote`` reaches the receiving desk, and the note is
  for this one.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, BinaryIO

from editor.render.structured import article_uri, media_topic, other_editions
from editor.text.dates import machine_time

if TYPE_CHECKING:
    from editor.render.styles import HouseStyle
    from editor.render.tree import Document

VERSIONS = ("2.2", "3.1")
DEFAULT_VERSION = "2.2"
_GENRE_URI = "http://cv.iptc.org/newscodes/genre/"
_MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/"

# 2.2's field names (all lower case) as 3.1 spells them.
_CAMEL = {
    "representationtype": "representationType",
    "firstcreated": "firstCreated",
    "versioncreated": "versionCreated",
    "contentcreated": "contentCreated",
    "embargoed": "embargoedUntil",
    "pubstatus": "pubStatus",
    "copyrightholder": "copyrightHolder",
    "usageterms": "usageTerms",
    "contenttype": "contentType",
    "altids": "altIds",
}


def pub_status(document: Document) -> str:
    """Return the item's publishing status: canceled, usable or withheld (see the module)."""
    desk = document.desk
    if desk.retracted:
        return "canceled"
    return "usable" if desk.status in ("approved", "published") else "withheld"


def subject(name: str) -> dict[str, str]:
    """Return a subject: a Media Topic code ("medtop:20000763") as its URI, else its name."""
    code = media_topic(name)
    return {"uri": _MEDIA_TOPIC_URI + code, "literal": name} if code else {"name": name}


def ninjs_item(document: Document, version: str = DEFAULT_VERSION) -> dict[str, Any]:
    """Return the ninjs item of a document as plain values, in the version's spelling."""
    from editor.render.html import body_html, in_language

    if version not in VERSIONS:
        raise ValueError(f"ninjs version {version!r} (known: {', '.join(VERSIONS)})")
    desk = document.desk
    item: dict[str, Any] = {
        "uri": article_uri(desk.article_id, desk.edition),
        "standard": {
            "name": "ninjs",
            "version": version,
            "schema": f"http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json#",
        },
        "type": "text",
        "representationtype": "full",
        "version": str(desk.version),
        "language": document.language,
        "pubstatus": pub_status(document),
    }
    created, modified = machine_time(document.created), machine_time(document.modified)
    if created:
        item["firstcreated"] = created
        item["contentcreated"] = created
    if modified or created:
        item["versioncreated"] = modified or created
    if desk.embargo:
        item["embargoed"] = desk.embargo
    if desk.urgency:
        item["urgency"] = desk.urgency
    if desk.copyright_holder:
        item["copyrightholder"] = desk.copyright_holder
    if desk.usage_terms:
        item["usageterms"] = desk.usage_terms
    item["headlines"] = [{"role": "main", "value": document.headline}]
    descriptions = []
    if desk.standfirst:
        descriptions.append(
            {"role": "summary", "contenttype": "text/plain", "value": desk.standfirst}
        )
    for entry in desk.corrections:
        value = f"{entry.date}: {entry.text}" if entry.date else entry.text
        descriptions.append({"role": entry.kind, "contenttype": "text/plain", "value": value})
    if descriptions:
        item["descriptions"] = descriptions
    body = in_language(document, body_html(document))
    item["bodies"] = [{"role": "main", "contenttype": "text/html", "value": body}]
    if document.author:
        item["by"] = document.author
    if desk.slugline:
        item["slugline"] = desk.slugline
    if desk.place:
        item["located"] = desk.place
    if desk.genres:
        item["genres"] = [
            {"name": genre, "uri": _GENRE_URI + genre} if genre.isalnum() else {"name": genre}
            for genre in desk.genres
        ]
    subjects = [subject(name) for name in desk.subjects]
    subjects += [{"name": tag, "rel": "keyword"} for tag in document.tags]
    if subjects:
        item["subjects"] = subjects
    item["altids"] = [{"role": "newsdesk", "value": desk.article_id}]
    associations = _translations(document, version)
    if associations:
        item["associations"] = associations
    if version != "2.2":
        item = {_CAMEL.get(key, key): _camel_values(value) for key, value in item.items()}
    return item


def _translations(document: Document, version: str) -> list[dict[str, Any]]:
    """Return the other language versions of the story as associations: the original an
    edition translates ("translation-source"), the translations of a source
    ("translation-LANG"); 3.1 says the relation in ``rel`` too (2.2 has no such field)."""
    associations = []
    for edition in other_editions(document):
        name = "translation-source" if edition.original else f"translation-{edition.language}"
        entry: dict[str, Any] = {
            "name": name,
            "uri": edition.uri,
            "type": "text",
            "language": edition.language,
        }
        if version != "2.2":
            entry["rel"] = "translationOf" if edition.original else "translation"
        associations.append(entry)
    return associations


def _camel_values(value: Any) -> Any:
    if isinstance(value, list):
        return [_camel_values(entry) for entry in value]
    if isinstance(value, dict):
        return {_CAMEL.get(key, key): entry for key, entry in value.items()}
    return value


def ninjs_bytes(document: Document, version: str = DEFAULT_VERSION) -> bytes:
    """Return the ninjs item as UTF-8 JSON."""
    text = json.dumps(ninjs_item(document, version), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def write(
    document: Document, style: HouseStyle, out: BinaryIO, version: str = DEFAULT_VERSION
) -> None:
    """Write the document as a ninjs item (UTF-8 JSON)."""
    out.write(ninjs_bytes(document, version))
