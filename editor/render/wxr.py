"""WordPress eXtended RSS (WXR 1.2) writer: one file holding one or many articles as posts.

WordPress's own importer (Tools → Import → WordPress) reads it with no plugin. Each article
is an ``item``: title, ``content:encoded`` (the body as the HTML writer gives it, then the
credit line and the corrections log), ``excerpt:encoded`` (the standfirst), ``dc:creator``
(the author, also listed as a ``wp:author``), ``wp:post_date``, the tags
(``category domain="post_tag"``), the sections' genres as categories and ``wp:status``
from the article's status: draft (draft, changes requested), pending (in review,
approved), publish (published); an approved or published article under an embargo still
to come is "future", dated at the embargo, so WordPress publishes it then.

Images are not embedded: the export writes them beside the file, in
``assets/ARTICLE-ID/NAME``, and the posts refer to them by that relative path (the office
uploads the folder with the file, or replaces the paths once WordPress has them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, BinaryIO

from editor.render.structured import article_uri

if TYPE_CHECKING:
    from lxml import etree

    from editor.render.styles import HouseStyle
    from editor.render.tree import Document, ImageAsset

WP = "http://wordpress.org/export/1.2/"
EXCERPT = "http://wordpress.org/export/1.2/excerpt/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
WFW = "http://wellformedweb.org/CommentAPI/"
_NSMAP = {"excerpt": EXCERPT, "content": CONTENT, "wfw": WFW, "dc": DC, "wp": WP}
_STATUSES = {
    "draft": "draft",
    "changes_requested": "draft",
    "in_review": "pending",
    "approved": "pending",
    "published": "publish",
}


def asset_path(document: Document, asset: ImageAsset) -> str:
    """Return where a post's image is, relative to the WXR file."""
    # The id names a folder: only its letters, digits and hyphens (a UUID keeps them all).
    folder = re.sub(r"[^A-Za-z0-9-]", "", document.desk.article_id)[:64] or "article"
    return f"assets/{folder}/{asset.name}"


def post_status(document: Document, now: datetime | None = None) -> str:
    """Return the post's status in WordPress (see the module)."""
    from editor.model.article import time_of

    desk = document.desk
    status = _STATUSES.get(desk.status, "draft")
    embargo = time_of(desk.embargo) if desk.embargo else None
    moment = now or datetime.now(UTC)
    if embargo is not None and embargo > moment and desk.status in ("approved", "published"):
        return "future"
    return status


def _post_time(document: Document, status: str) -> datetime | None:
    from editor.model.article import time_of

    desk = document.desk
    if status == "future":
        return time_of(desk.embargo)
    for value in (document.date, document.created):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            value = value.strip() + "T00:00:00"
        moment = time_of(value) if value else None
        if moment is not None:
            return moment
    return None


def _login(name: str) -> str:
    """Return a WordPress user login for an author's name: ASCII, as WordPress wants it.

    A name in another script gets "author-" and a digest of the name: the same name is
    always the same user, and the display name keeps the letters.
    """
    login = re.sub(r"[^a-z0-9._-]+", "-", name.casefold()).strip("-.")
    if not name.strip():
        return "newsdesk"
    if not login or not name.isascii():
        import hashlib

        return "author-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return login[:60]


def _nicename(name: str) -> str:
    return re.sub(r"[^\w]+", "-", name.casefold()).strip("-")[:200] or "term"


def _add(parent: etree._Element, tag: str, text: str = "", **attributes: str) -> etree._Element:
    from lxml import etree

    namespace, _, local = tag.rpartition(":")
    name = f"{{{_NSMAP[namespace]}}}{local}" if namespace else local
    element = etree.SubElement(parent, name, attributes)
    if text:
        element.text = text
    return element


def item_xml(document: Document, post_id: int, now: datetime | None = None) -> bytes:
    """Return one article as a WXR ``item`` element's XML (namespaces declared on it)."""
    from lxml import etree

    from editor.render.html import body_html, corrections_html, credit_html, in_language

    desk = document.desk
    item = etree.Element("item", nsmap=_NSMAP)
    _add(item, "title", document.headline)
    _add(item, "dc:creator", _login(document.author))
    _add(item, "guid", article_uri(desk.article_id, desk.edition), isPermaLink="false")
    _add(item, "description")
    content = in_language(
        document,
        body_html(document, lambda asset: asset_path(document, asset))
        + credit_html(document)
        + corrections_html(document),
    )
    _add(item, "content:encoded", content)
    _add(item, "excerpt:encoded", desk.standfirst)
    _add(item, "wp:post_id", str(post_id))
    status = post_status(document, now)
    moment = _post_time(document, status)
    if moment is not None:
        _add(item, "wp:post_date", moment.strftime("%Y-%m-%d %H:%M:%S"))
        _add(item, "wp:post_date_gmt", moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"))
    _add(item, "wp:comment_status", "closed")
    _add(item, "wp:ping_status", "closed")
    _add(item, "wp:post_name", _nicename(document.headline))
    _add(item, "wp:status", status)
    _add(item, "wp:post_parent", "0")
    _add(item, "wp:menu_order", "0")
    _add(item, "wp:post_type", "post")
    _add(item, "wp:post_password")
    _add(item, "wp:is_sticky", "0")
    for genre in desk.genres:
        _add(item, "category", genre, domain="category", nicename=_nicename(genre))
    for tag in document.tags:
        _add(item, "category", tag, domain="post_tag", nicename=_nicename(tag))
    return etree.tostring(item, encoding="unicode").encode("utf-8")


def wxr_bytes(
    items: Iterable[tuple[bytes, str]], language: str = "", title: str = "Newsdesk"
) -> bytes:
    """Return the WXR file around items made by ``item_xml`` (each with its author's name)."""
    from lxml import etree

    rss = etree.Element("rss", {"version": "2.0"}, nsmap=_NSMAP)
    channel = _add(rss, "channel")
    _add(channel, "title", title)
    _add(channel, "link", "https://example.invalid/")
    _add(channel, "description", "Articles exported from Newsdesk")
    if language:
        _add(channel, "language", language)
    _add(channel, "wp:wxr_version", "1.2")
    entries = list(items)
    authors = dict.fromkeys(author for _, author in entries)
    for number, author in enumerate(authors, start=1):
        entry = _add(channel, "wp:author")
        _add(entry, "wp:author_id", str(number))
        _add(entry, "wp:author_login", _login(author))
        _add(entry, "wp:author_display_name", author or "Newsdesk")
    for data, _ in entries:
        channel.append(etree.fromstring(data))
    return etree.tostring(rss, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def beside(document: Document) -> list[tuple[str, bytes]]:
    """Return the images a post shows, each with its path relative to the WXR file."""
    return [(asset_path(document, asset), asset.data) for asset in document.images]


def write(document: Document, style: HouseStyle, out: BinaryIO) -> None:
    """Write one article as a WXR file (a batch export writes many in one)."""
    item = (item_xml(document, 1), document.author)
    out.write(wxr_bytes([item], document.language, document.desk.office or "Newsdesk"))
