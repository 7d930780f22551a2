"""A DOCX made on an office's own Word template: its styles, headers, footers and logo.

The DOCX writer (editor/render/docx.py) writes the article's body as it always does; this
module puts it into the office's package instead of Newsdesk's reference template:

- ``word/document.xml``: the office's, its body replaced by the article, its last section
  properties kept (they name its headers and footers, its page size and margins);
- ``word/styles.xml``: the office's, with Newsdesk's own definition added for each style
  the article uses that the office's template neither has nor is mapped to;
- ``word/numbering.xml``: the office's with Newsdesk's list definitions added (renumbered
  past the office's own), or Newsdesk's when the office's has none;
- relationships and content types: the office's, plus what the article adds; a template
  (.dotx) becomes a document.

Headers, footers, their images, the theme and the settings are the office's, unchanged.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from editor.render.errors import StyleError
from editor.render.office import MAX_STYLES_BYTES, read_template

_PACKAGE_RELS = "_rels/.rels"
DOCUMENT_RELS = "word/_rels/document.xml.rels"
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_TEMPLATE_MAIN = _MAIN + "template.main+xml"
_DOCUMENT_MAIN = _MAIN + "document.main+xml"
_NUMBERING_TYPE = _MAIN + "numbering+xml"
_NUMBERING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"
_APP_TYPE = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
_CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_APP_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
)
# The most parts and bytes an office template may unpack to (a logo, a theme, fonts).
MAX_PARTS = 500
MAX_UNPACKED = 100 * 1000 * 1000

_STYLE_BLOCK = re.compile(r'<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>.*?</w:style>', re.S)
_BODY = re.compile(r"<w:body>(.*)</w:body>", re.S)
_LAST_SECTION = re.compile(r"<w:sectPr\b(?:(?!<w:sectPr\b).)*?</w:sectPr>\s*$", re.S)
_ABSTRACT = re.compile(r"<w:abstractNum\b[^>]*w:abstractNumId=\"(\d+)\".*?</w:abstractNum>", re.S)
_NUM = re.compile(r'<w:num w:numId="(\d+)"')


class OfficeTemplate:
    """The parts of an office's template, read once for an export."""

    def __init__(self, path: Path) -> None:
        data = read_template(path)
        self.path = path
        self.parts: list[tuple[zipfile.ZipInfo, bytes]] = []
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                infos = package.infolist()
                if len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_UNPACKED:
                    raise StyleError(path, "the office template is too large once unpacked.")
                for info in infos:
                    if not info.is_dir():
                        self.parts.append((info, package.read(info)))
        except (zipfile.BadZipFile, EOFError, ValueError, OSError):
            raise StyleError(path, "not a Word document or template (.docx, .dotx).") from None
        self.names = {info.filename for info, _ in self.parts}
        for needed in ("[Content_Types].xml", "word/document.xml", "word/styles.xml"):
            if needed not in self.names:
                raise StyleError(path, "not a Word document or template (.docx, .dotx).")
        if len(self.part("word/styles.xml")) > MAX_STYLES_BYTES:
            raise StyleError(path, "the office template's styles are too large.")

    def part(self, name: str) -> bytes:
        """Return a part's bytes (empty when the template has no such part)."""
        for info, data in self.parts:
            if info.filename == name:
                return data
        return b""

    def text(self, name: str) -> str:
        """Return a part as text; StyleError when it is no UTF-8 XML."""
        try:
            return self.part(name).decode("utf-8")
        except UnicodeDecodeError:
            raise StyleError(self.path, f"the office template's {name} is not UTF-8.") from None


def document_xml(office: str, body: str) -> str:
    """Return the office's document part with the article as its body.

    What the template's own body held (a sample text, an empty paragraph) goes; its last
    section properties (headers, footers, page) stay, after the article.
    """
    found = _BODY.search(office)
    if found is None:
        raise StyleError("office template", "its document part has no body.")
    section = _LAST_SECTION.search(found.group(1))
    closing = section.group(0) if section is not None else ""
    return f"{office[: found.start(1)]}{body}{closing}{office[found.end(1) :]}"


def styles_xml(office: str, ours: str, used: Iterable[str], style_ids: Mapping[str, str]) -> str:
    """Return the office's styles with Newsdesk's definition of each style the article uses
    that is neither mapped to one of the office's nor defined by it."""
    theirs = {match.group(1) for match in _STYLE_BLOCK.finditer(office)}
    blocks = {match.group(1): match.group(0) for match in _STYLE_BLOCK.finditer(ours)}
    wanted = [
        style_id
        for style_id in dict.fromkeys(used)
        if style_id not in style_ids and style_id not in theirs and style_id in blocks
    ]
    # A style's basedOn chain comes with it (Quote is based on Body Text).
    for style_id in list(wanted):
        based = re.search(r'<w:basedOn w:val="([^"]+)"/>', blocks[style_id])
        while based is not None and based.group(1) not in theirs and based.group(1) in blocks:
            if based.group(1) not in wanted:
                wanted.append(based.group(1))
            based = re.search(r'<w:basedOn w:val="([^"]+)"/>', blocks[based.group(1)])
    added = "".join(blocks[style_id] for style_id in wanted)
    return office.replace("</w:styles>", added + "</w:styles>", 1)


def numbering_xml(office: str, ours: str, numbers: list[str]) -> str:
    """Return the numbering part with Newsdesk's lists in it.

    Newsdesk's abstract lists are renumbered past the office's own, and the entries that
    name them follow; an office template without a numbering part gets Newsdesk's.
    """
    if not office:
        closing = "</w:numbering>"
        return ours.replace(closing, "".join(numbers) + closing, 1)
    taken = [int(found) for found in re.findall(r'w:abstractNumId="(\d+)"', office)]
    start = max(taken, default=0) + 1
    ours_abstract = list(_ABSTRACT.finditer(ours))
    renumber = {match.group(1): str(start + index) for index, match in enumerate(ours_abstract)}
    abstracts = "".join(
        match.group(0).replace(
            f'w:abstractNumId="{match.group(1)}"', f'w:abstractNumId="{renumber[match.group(1)]}"'
        )
        for match in ours_abstract
    )
    entries = [
        re.sub(
            r'<w:abstractNumId w:val="(\d+)"/>',
            lambda found: (
                f'<w:abstractNumId w:val="{renumber.get(found.group(1), found.group(1))}"/>'
            ),
            entry,
        )
        for entry in numbers
    ]
    # Abstract lists come before the w:num entries (the schema's order).
    first_num = _NUM.search(office)
    at = first_num.start() if first_num is not None else office.index("</w:numbering>")
    merged = office[:at] + abstracts + office[at:]
    closing = "</w:numbering>"
    return merged.replace(closing, "".join(entries) + closing, 1)


def content_types(office: str, *, numbering: bool) -> str:
    """Return the office's content types for a document: main part, numbering, properties."""
    types = office.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN)
    added = []
    if numbering and "/word/numbering.xml" not in types:
        added.append(f'<Override PartName="/word/numbering.xml" ContentType="{_NUMBERING_TYPE}"/>')
    if "/docProps/core.xml" not in types:
        added.append(f'<Override PartName="/docProps/core.xml" ContentType="{_CORE_TYPE}"/>')
    if "/docProps/app.xml" not in types:
        added.append(f'<Override PartName="/docProps/app.xml" ContentType="{_APP_TYPE}"/>')
    return types.replace("</Types>", "".join(added) + "</Types>", 1)


def numbering_relationship(number: int) -> str:
    """Return the document part's relationship to a numbering part Newsdesk adds."""
    return f'<Relationship Id="rId{number}" Type="{_NUMBERING_REL}" Target="numbering.xml"/>'


def package_relationships(office: str) -> str:
    """Return the package relationships with the document properties named."""
    added = []
    if "docProps/core.xml" not in office:
        added.append(f'<Relationship Id="rNdCore" Type="{_CORE_REL}" Target="docProps/core.xml"/>')
    if "docProps/app.xml" not in office:
        added.append(f'<Relationship Id="rNdApp" Type="{_APP_REL}" Target="docProps/app.xml"/>')
    return office.replace("</Relationships>", "".join(added) + "</Relationships>", 1)
