"""NewsML-G2 writer: one ``newsItem`` (2.35, Power conformance) per article, body as XHTML.

Where the specification places each field: ``rightsInfo`` (copyright holder, usage terms)
before ``itemMeta``; ``itemMeta`` holds the item class (``ninat:text``), the provider (the
office), the version's and the first version's times, the embargo (``embargoed``), the
publishing status (as ninjs: ``stat:canceled`` for a retraction, ``stat:usable`` once
approved or published, else ``stat:withheld``) and, when the log has entries, the signal
``sig:correction``; ``contentMeta`` the urgency, times, place (``located``), author
(``creator``), language, genres, keywords (the tags), subjects, slugline, headline,
dateline, ``by`` and the standfirst as the summary ``description``. The body goes as XHTML
in ``contentSet/inlineXML``: the sections as the HTML writer gives them, then the
corrections log (NewsML-G2 has no field for one). Never the editor's note.

Text is cleaned in the tree (characters XML 1.0 cannot hold are removed and reported
there); anything else that still could not be XML raises ValueError, never a broken file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from editor.render.ninjs import pub_status
from editor.render.structured import (
    article_uri,
    dateline,
    media_topic,
    other_editions,
)
from editor.text.dates import machine_time

if TYPE_CHECKING:
    from lxml import etree

    from editor.render.styles import HouseStyle
    from editor.render.tree import Document

NAR = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The IPTC's catalogue of its NewsCodes schemes (ninat, stat, genre, medtop, sig…).
CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"


def _nar(name: str) -> str:
    return f"{{{NAR}}}{name}"


def _add(parent: etree._Element, name: str, text: str = "", **attributes: str) -> etree._Element:
    from lxml import etree

    element = etree.SubElement(parent, _nar(name), attributes)
    if text:
        # Metadata is one line: some of its types allow no tab or line break (keyword,
        # slugline), and a reader sees the same words with spaces.
        element.text = " ".join(text.split())
    return element


def _named(parent: etree._Element, name: str, text: str, **attributes: str) -> None:
    _add(_add(parent, name, **attributes), "name", text)


def _xhtml_body(document: Document) -> etree._Element:
    """Return the body as an XHTML ``html`` element: the sanitised HTML, parsed and renamed."""
    from lxml import etree, html

    from editor.render.html import body_html, corrections_html

    page = etree.Element(f"{{{XHTML}}}html", nsmap={None: XHTML})
    page.set("lang", document.language)
    page.set(_XML_LANG, document.language)
    page.set("dir", document.direction)
    head = etree.SubElement(page, f"{{{XHTML}}}head")
    etree.SubElement(head, f"{{{XHTML}}}title").text = document.headline
    body = etree.SubElement(page, f"{{{XHTML}}}body")
    markup = body_html(document) + corrections_html(document)
    # The sanitised markup is HTML (void elements unclosed): parsed as HTML, every element
    # then takes the XHTML namespace.
    for element in html.fragments_fromstring(markup) if markup.strip() else ():
        if isinstance(element, str):
            continue  # text between sections: none in what the writer gives
        for node in element.iter():
            if isinstance(node.tag, str):
                _strict(node)
        body.append(element)
    return page


# XHTML 1.0 Strict (the schema a reader validates inlineXML against) has no HTML5
# sectioning or phrasing elements: each becomes the element of its kind it does have,
# its class kept, so nothing a reader sees is lost.
_STRICT_TAGS = {
    "section": "div",
    "header": "div",
    "footer": "div",
    "figure": "div",
    "figcaption": "p",
    "bdi": "span",
    "mark": "span",
    "time": "span",
}


def _strict(node: etree._Element) -> None:
    tag = str(node.tag)
    renamed = _STRICT_TAGS.get(tag)
    if renamed is not None:
        node.set("class", " ".join(filter(None, (node.get("class"), tag))))
        node.attrib.pop("datetime", None)
        tag = renamed
    if tag == "ol" and "start" in node.attrib:
        # Strict has no start: the first number stays with the list as a class.
        node.set("class", f"start-{node.attrib.pop('start')}")
    node.tag = f"{{{XHTML}}}{tag}"


def news_item(document: Document) -> etree._Element:
    """Return the document as a NewsML-G2 ``newsItem`` element."""
    from lxml import etree

    desk = document.desk
    item = etree.Element(_nar("newsItem"), nsmap={None: NAR})
    item.set("guid", article_uri(desk.article_id, desk.edition))
    item.set("version", str(desk.version))
    item.set("standard", "NewsML-G2")
    item.set("standardversion", "2.35")
    item.set("conformance", "power")
    item.set(_XML_LANG, document.language)
    _add(item, "catalogRef", href=CATALOG)
    if desk.copyright_holder or desk.usage_terms:
        rights = _add(item, "rightsInfo")
        if desk.copyright_holder:
            _named(rights, "copyrightHolder", desk.copyright_holder)
        if desk.usage_terms:
            _add(rights, "usageTerms", desk.usage_terms)

    meta = _add(item, "itemMeta")
    _add(meta, "itemClass", qcode="ninat:text")
    if desk.office:
        _named(meta, "provider", desk.office)
    else:
        _add(meta, "provider", literal="newsdesk")
    created, modified = machine_time(document.created), machine_time(document.modified)
    from editor.model import now_iso

    _add(meta, "versionCreated", modified or created or now_iso())
    if created:
        _add(meta, "firstCreated", created)
    if desk.embargo:
        _add(meta, "embargoed", desk.embargo)
    _add(meta, "pubStatus", qcode=f"stat:{pub_status(document)}")
    if desk.corrections:
        _add(meta, "signal", qcode="sig:correction")
    for edition in other_editions(document):
        # IPTC item relations: an edition is "translatedFrom" its source; the source
        # points to each translation as "seeAlso", in the translation's language.
        rel = "irel:translatedFrom" if edition.original else "irel:seeAlso"
        link = _add(meta, "link", rel=rel, residref=edition.uri)
        link.set("contenttype", "application/vnd.iptc.g2.newsitem+xml")
        link.set(_XML_LANG, edition.language)

    content = _add(item, "contentMeta")
    if desk.urgency:
        _add(content, "urgency", str(desk.urgency))
    if created:
        _add(content, "contentCreated", created)
    if modified:
        _add(content, "contentModified", modified)
    if desk.place:
        _named(content, "located", desk.place)
    if document.author:
        _named(content, "creator", document.author)
    _add(content, "language", tag=document.language)
    for genre in desk.genres:
        if genre.isalnum():
            _named(content, "genre", genre, qcode=f"genre:{genre}")
        else:
            _named(content, "genre", genre)
    for tag in document.tags:
        _add(content, "keyword", tag)
    for name in desk.subjects:
        code = media_topic(name)
        if code:
            _add(content, "subject", qcode=f"medtop:{code}")
        else:
            _named(content, "subject", name)
    if desk.slugline:
        _add(content, "slugline", desk.slugline)
    _add(content, "headline", document.headline)
    line = dateline(document)
    if line:
        _add(content, "dateline", line)
    if document.author:
        _add(content, "by", document.author)
    if desk.standfirst:
        _add(content, "description", desk.standfirst, role="drol:summary")

    inline = _add(_add(item, "contentSet"), "inlineXML", contenttype="application/xhtml+xml")
    inline.append(_xhtml_body(document))
    return item


def newsml_bytes(document: Document) -> bytes:
    """Return the NewsML-G2 item as UTF-8 XML."""
    from lxml import etree

    return etree.tostring(
        news_item(document), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )


def write(document: Document, style: HouseStyle, out: BinaryIO) -> None:
    """Write the document as a NewsML-G2 news item (UTF-8 XML)."""
    out.write(newsml_bytes(document))
