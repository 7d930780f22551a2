"""An office's own Word template (.dotx or .docx): its styles, and Newsdesk's parts mapped to them.

A house style may name such a template; the DOCX export then uses the office's styles,
headers, footers and logo (editor/render/docx.py). ``style_map`` fills the map from
Newsdesk's styles to the template's by matching names the way offices name them
("Headline", "Intro", "Text Body"…), for ``newsdesk style new NAME --from-docx FILE``.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree

from editor.files import FileReadError, read_regular
from editor.model.frozen import Frozen
from editor.render.errors import StyleError

# An office template is a few hundred kilobytes; a logo makes it a few megabytes.
MAX_TEMPLATE_BYTES = 50 * 1000 * 1000
MAX_STYLES_BYTES = 20 * 1000 * 1000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Newsdesk's paragraph styles (ids of resources/templates/reference.docx) and the names an
# office's template may give the same part, best first. Word's built-in names come first
# where Word has the part.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "Title": ("Title", "Headline", "Head", "Main Title"),
    "Standfirst": ("Standfirst", "Subtitle", "Intro", "Lead", "Deck", "Summary", "Teaser"),
    "OpeningLine": ("Opening Line", "Kicker", "Overline", "Dedication", "Invocation"),
    "SectionLabel": ("Section Label", "Section", "Label", "Rubric", "Section Heading"),
    "BodyText": ("Body Text", "Text Body", "Body", "Article Text", "Text"),
    "Quote": ("Quote", "Quotation", "Quotations", "Block Quote", "Blockquote", "Pull Quote"),
    "QuoteAttribution": ("Quote Attribution", "Attribution", "Quote Source", "Source"),
    "CreditLine": ("Credit Line", "Credit", "Byline", "Author"),
    "Metadata": ("Metadata", "Info", "Article Info"),
    "ListParagraph": ("List Paragraph", "List", "List Bullet"),
    "CodeBlock": ("Code Block", "Preformatted Text", "Code", "Source Text"),
    **{f"Heading{level}": (f"Heading {level}",) for level in range(1, 7)},
}


class OfficeStyle(Frozen):
    """A style of an office's template: its id (what paragraphs name), name and type."""

    __slots__ = ("custom", "kind", "name", "style_id")

    style_id: str
    name: str
    kind: str  # paragraph, character, table, numbering
    custom: bool  # the office's own (w:customStyle), not one of Word's built-in styles


def read_template(path: Path) -> bytes:
    """Return a template's bytes; StyleError says why it cannot be used."""
    try:
        data = read_regular(path, MAX_TEMPLATE_BYTES)
    except FileReadError as failure:
        raise StyleError(path, f"the office template cannot be read: {failure.message}.") from None
    return data


def template_styles(path: Path, data: bytes | None = None) -> list[OfficeStyle]:
    """Return the styles a .dotx or .docx defines; StyleError when it is not one."""
    data = read_template(path) if data is None else data
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            info = package.getinfo("word/styles.xml")
            if info.file_size > MAX_STYLES_BYTES:
                raise StyleError(path, "the office template's styles are too large.")
            root = ElementTree.fromstring(package.read(info))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, EOFError, ValueError):
        raise StyleError(path, "not a Word document or template (.docx, .dotx).") from None
    styles = []
    for element in root.iter(f"{_W}style"):
        style_id = element.get(f"{_W}styleId", "")
        name_element = element.find(f"{_W}name")
        name = name_element.get(f"{_W}val", "") if name_element is not None else ""
        if style_id:
            kind = element.get(f"{_W}type", "")
            custom = element.get(f"{_W}customStyle") in ("1", "true", "on")
            styles.append(OfficeStyle(style_id, name or style_id, kind, custom))
    return styles


def _key(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name).casefold()


def style_map(styles: Iterable[OfficeStyle]) -> dict[str, str]:
    """Return Newsdesk's paragraph style id -> the template's, for each part a style matches.

    A template style matches when its name or id, without spaces, hyphens and case, is one
    of the part's candidate names. The office's own styles come before Word's built-in
    ones (a template keeps Word's unused "Subtitle" beside its own "Intro"), then the best
    candidate wins. Parts left out keep Newsdesk's own style (the export adds it).
    """
    paragraph_styles = [style for style in styles if style.kind == "paragraph"]
    found: dict[str, str] = {}
    for custom in (True, False):
        by_key: dict[str, str] = {}
        for style in paragraph_styles:
            if style.custom == custom:
                for key in (_key(style.name), _key(style.style_id)):
                    by_key.setdefault(key, style.style_id)
        for ours, names in CANDIDATES.items():
            if ours in found:
                continue
            for name in names:
                theirs = by_key.get(_key(name))
                if theirs is not None:
                    found[ours] = theirs
                    break
    return found
