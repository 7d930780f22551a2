"""The article's record inside a DOCX export, so that importing the DOCX gives the article back.

The writer tells a `Recorder` each paragraph it writes (its style and its runs' text and
emphasis), where each section starts and where each quotation from the bank stands. The
record (editor/model/record.py's fields, plus what each part looked like) is written as a
custom XML part, which Word and LibreOffice keep when they save the document. The importer
(editor/importing/docx_newsdesk.py) compares what it reads with what was written: an
unchanged part takes the article's own value, a part edited in Word the document's text.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING, Any

from editor.model.record import RECORD_VERSION, Piece, article_record, signature_digest

if TYPE_CHECKING:
    from editor.render.tree import Document

# Where the record lives in the package, and how it is named there.
# The record's parts are customXml/itemN.xml and itemPropsN.xml, N the first number the
# template's own custom XML (an office's, a bibliography) leaves free; 1 on Newsdesk's.
RECORD_PART = "customXml/item{0}.xml"
RECORD_PROPS = "customXml/itemProps{0}.xml"
RECORD_NAMESPACE = "urn:newsdesk:docx-record"
CUSTOM_XML_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_PROPS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
_PROPS_CONTENT = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
# Paragraph styles that are no section's body.
HEADER_STYLES = ("OpeningLine", "Title", "Standfirst")
LABEL_STYLE = "SectionLabel"
CREDIT_STYLE = "CreditLine"
METADATA_STYLE = "Metadata"
QUOTE_STYLE = "Quote"
ATTRIBUTION_STYLE = "QuoteAttribution"


# Bold and italic as a reader of the run sees them: direct w:b / w:i (not switched off),
# or the character styles a reader takes for them.
_BOLD = re.compile(r'<w:b(?: w:val="(?!0|false|off)[^"]*")?/>|<w:rStyle w:val="(?:Strong|Bold)"/>')
_ITALIC = re.compile(
    r'<w:i(?: w:val="(?!0|false|off)[^"]*")?/>'
    r'|<w:rStyle w:val="(?:Emphasis|IntenseEmphasis|SubtleEmphasis)"/>'
)


def written_emphasis(run_properties: str) -> tuple[bool, bool]:
    """Return whether a run written with these properties reads as bold and as italic."""
    if not run_properties:
        return False, False
    return bool(_BOLD.search(run_properties)), bool(_ITALIC.search(run_properties))


class Recorder:
    """Collects what the DOCX writer writes, part by part, for the record."""

    def __init__(self) -> None:
        self.section = -1
        self.header: dict[str, str] = {}
        self.labels: list[str | None] = []
        self.bodies: list[list[list[Piece]]] = []
        self.blocks: list[dict[str, Any]] = []
        self.inline: list[dict[str, Any]] = []
        self.credit: list[str] = []
        self.metadata: list[str] = []
        self._quote: dict[str, Any] | None = None

    def start_section(self) -> None:
        """A new section starts (its label, if written, comes next)."""
        self.section += 1
        self.labels.append(None)
        self.bodies.append([])

    def paragraph(self, style_id: str, pieces: list[Piece]) -> None:
        """One paragraph was written in this style with these runs."""
        text = "".join(piece[0] for piece in pieces)
        if style_id in HEADER_STYLES:
            self.header[style_id] = text
        elif style_id == LABEL_STYLE and self.section >= 0 and self.labels[-1] is None:
            self.labels[-1] = text
        elif style_id == CREDIT_STYLE:
            self.credit.append(text)
        elif style_id == METADATA_STYLE:
            self.metadata.append(text)
        elif self.section >= 0:
            self.bodies[-1].append(pieces)
            if self._quote is not None:
                if style_id == QUOTE_STYLE:
                    self._quote["lines"].append(text)
                elif style_id == ATTRIBUTION_STYLE:
                    self._quote["attribution"] = text

    def start_quote(self, quotation_id: str) -> None:
        """A block quotation starts: from the bank (its id) or a Markdown one ("")."""
        self._quote = {"section": self.section, "id": quotation_id, "lines": []}
        self.blocks.append(self._quote)

    def end_quote(self) -> None:
        """The block quotation (and its attribution) ended."""
        self._quote = None

    def inline_quote(self, quotation_id: str, text: str) -> None:
        """A quotation from the bank stands in a sentence, shown as this text."""
        self.inline.append({"section": self.section, "id": quotation_id, "text": text})

    def record(self, document: Document, monospace: str = "") -> dict[str, Any] | None:
        """Return the record of the document written, None when it was built from no article."""
        if document.source is None:
            return None
        return {
            "version": RECORD_VERSION,
            "monospace": monospace,
            "article": article_record(document.source),
            "header": self.header,
            "sections": [
                {"label": label, "count": len(body), "digest": signature_digest(body)}
                for label, body in zip(self.labels, self.bodies, strict=True)
            ],
            "blocks": self.blocks,
            "inline": self.inline,
            "credit": self.credit,
            "metadata": self.metadata,
            "metadata_keys": [
                entry.label for entry in (document.metadata.entries if document.metadata else ())
            ],
        }


def record_number(names: Iterable[str]) -> int:
    """Return the first custom XML item number a package's parts leave free."""
    taken = {
        int(found) for name in names for found in re.findall(r"^customXml/item(\d+)\.xml$", name)
    }
    number = 1
    while number in taken:
        number += 1
    return number


def _guid(name: str) -> str:
    """Return a GUID made from a name (the same name, the same GUID)."""
    data = name.encode("utf-8")
    digits = "".join(
        f"{zlib.crc32(data, seed):08x}"
        for seed in (0x9E3779B9, 0x7F4A7C15, 0x94D049BB, 0xBF58476D)
    )
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:32]}"


def record_parts(record: dict[str, Any], article_id: str, number: int = 1) -> dict[str, str]:
    """Return the custom XML part holding the record and its properties, by package name."""
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    # Fixed per article, so that one article exports to the same bytes every time (not
    # uuid5: importing uuid costs ~2 ms of every DOCX export).
    item = _guid(f"{RECORD_NAMESPACE}:{article_id}")
    return {
        RECORD_PART.format(number): (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<record xmlns="{RECORD_NAMESPACE}">{escape(text, quote=False)}</record>'
        ),
        RECORD_PROPS.format(number): (
            "<?xml version='1.0' encoding='UTF-8' standalone='no'?>\n"
            f'<ds:datastoreItem ds:itemID="{{{item.upper()}}}" '
            'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
            f'<ds:schemaRefs><ds:schemaRef ds:uri="{RECORD_NAMESPACE}"/></ds:schemaRefs>'
            "</ds:datastoreItem>"
        ),
        f"customXml/_rels/item{number}.xml.rels": (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{_PROPS_TYPE}" '
            f'Target="itemProps{number}.xml"/></Relationships>'
        ),
    }


def content_types_with_record(content_types: str, number: int = 1) -> str:
    """Return [Content_Types].xml naming the record's properties part."""
    part = RECORD_PROPS.format(number)
    override = f'<Override PartName="/{part}" ContentType="{_PROPS_CONTENT}"/>'
    if 'Extension="xml"' not in content_types:
        override += '<Default Extension="xml" ContentType="application/xml"/>'
    return content_types.replace("</Types>", override + "</Types>", 1)


def relationship_to_record(rel_id: str, number: int = 1) -> str:
    """Return the document's relationship to the record part."""
    target = RECORD_PART.format(number)
    return f'<Relationship Id="{rel_id}" Type="{CUSTOM_XML_TYPE}" Target="../{target}"/>'
