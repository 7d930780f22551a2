"""DOCX writer: the document tree into Word's XML, from the reference template's named styles.

Paragraphs and runs are written as WordprocessingML directly (python-docx opens the
template, keeps the relationships and saves the package): right-to-left paragraphs get
``w:bidi``, their runs ``w:rtl``, the complex-script font, size and ``w:lang/@w:bidi``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, BinaryIO

from editor.render.styles import HouseStyle
from editor.render.tree import (
    BlockQuote,
    Code,
    CodeBlock,
    Document,
    Emphasis,
    Heading,
    Inline,
    InlineQuote,
    Isolate,
    LineBreak,
    Link,
    List,
    MissingQuote,
    Paragraph,
    Rule,
    Strong,
    Text,
)
from editor.resources import resource_path

if TYPE_CHECKING:
    from editor.render.tree import Block

TEMPLATE = ("templates", "reference.docx")
BULLET_ABSTRACT = 90
DECIMAL_ABSTRACT = 91
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _esc(text).replace('"', "&quot;")


@dataclass(frozen=True)
class _Format:
    """How a run looks: what the inline spans around it asked for."""

    bold: bool = False
    italic: bool = False
    code: bool = False
    rtl: bool = False
    missing: bool = False
    link: bool = False


class _Writer:
    """Builds the body XML of one document."""

    def __init__(self, document: Document, style: HouseStyle, package: Any) -> None:
        self.document = document
        self.style = style
        self.package = package
        self.parts: list[str] = []
        numbering = package.part.numbering_part.element
        ids = [int(num.get(f"{{{_W}}}numId")) for num in numbering.iterchildren(f"{{{_W}}}num")]
        self.next_num = max(ids, default=0) + 1
        self.numbering = numbering
        self.links: dict[str, str] = {}
        numbers = [int(rid[3:]) for rid in package.part.rels if rid[3:].isdigit()]
        self.next_rel = max(numbers, default=0)
        self.sizes = {
            "OpeningLine": style.sizes.opening,
            "Title": style.sizes.title,
            "Standfirst": style.sizes.standfirst,
            "SectionLabel": style.sizes.label,
            "Quote": style.sizes.quote,
            "QuoteAttribution": style.sizes.attribution,
            "CreditLine": style.sizes.credit,
            "Metadata": style.sizes.metadata,
        }

    def _link_id(self, href: str) -> str:
        # python-docx's relate_to scans every relationship for each link; an article with a
        # hundred links would spend more time there than on the rest of the document.
        rid = self.links.get(href)
        if rid is None:
            self.next_rel += 1
            rid = f"rId{self.next_rel}"
            self.package.part.rels.add_relationship(_HYPERLINK, href, rid, is_external=True)
            self.links[href] = rid
        return rid

    # --- runs ---------------------------------------------------------------------------

    def _run(self, text: str, fmt: _Format, size: float, language: str) -> str:
        props = []
        if fmt.link:
            props.append('<w:rStyle w:val="Hyperlink"/>')
        if fmt.code:
            mono = _attr(self.style.fonts.monospace)
            props.append(f'<w:rFonts w:ascii="{mono}" w:hAnsi="{mono}"/>')
        elif fmt.rtl:
            props.append(f'<w:rFonts w:cs="{_attr(self.style.fonts.complex)}"/>')
        if fmt.bold or fmt.missing:
            props.append("<w:b/><w:bCs/>")
        if fmt.italic:
            props.append("<w:i/><w:iCs/>")
        if fmt.missing:
            props.append('<w:color w:val="C00000"/>')
        if fmt.rtl:
            props.append(f'<w:szCs w:val="{round(size * 2)}"/>')
        if fmt.missing:
            props.append('<w:highlight w:val="yellow"/>')
        if fmt.rtl:
            props.append("<w:rtl/>")
            if language:
                props.append(f'<w:lang w:bidi="{_attr(language)}"/>')
        content = []
        for index, line in enumerate(text.split("\n")):
            if index:
                content.append("<w:br/>")
            for position, piece in enumerate(line.split("\t")):
                if position:
                    content.append("<w:tab/>")
                if piece:
                    content.append(f'<w:t xml:space="preserve">{_esc(piece)}</w:t>')
        rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
        return f"<w:r>{rpr}{''.join(content)}</w:r>"

    def _runs(
        self, spans: tuple[Inline, ...], fmt: _Format, size: float, language: str, out: list[str]
    ) -> None:
        for span in spans:
            kind = type(span)
            if kind is Text:
                out.append(self._run(span.text, fmt, size, language))
            elif kind is Isolate:
                rtl = span.direction == "rtl"
                # The isolate's own language is not known; only an RTL article's is.
                own = language if rtl == (self.document.direction == "rtl") else ""
                out.append(self._run(span.text, replace(fmt, rtl=rtl), size, own))
            elif kind is Emphasis:
                self._runs(span.children, replace(fmt, italic=True), size, language, out)
            elif kind is Strong:
                self._runs(span.children, replace(fmt, bold=True), size, language, out)
            elif kind is Code:
                out.append(self._run(span.text, replace(fmt, code=True), size, language))
            elif kind is LineBreak:
                out.append("<w:r><w:br/></w:r>")
            elif kind is InlineQuote:
                if span.open_mark:
                    out.append(self._run(span.open_mark, fmt, size, language))
                self._runs(span.children, fmt, size, language, out)
                if span.close_mark:
                    out.append(self._run(span.close_mark, fmt, size, language))
            elif kind is MissingQuote:
                out.append(self._run(span.text, replace(fmt, missing=True), size, language))
            elif kind is Link:
                relationship = self._link_id(span.href)
                inner: list[str] = []
                self._runs(span.children, replace(fmt, link=True), size, language, inner)
                out.append(
                    f'<w:hyperlink r:id="{relationship}" w:history="1">{"".join(inner)}'
                    "</w:hyperlink>"
                )

    # --- paragraphs ---------------------------------------------------------------------

    def paragraph(
        self,
        style_id: str,
        spans: tuple[Inline, ...],
        language: str,
        direction: str,
        numbering: tuple[int, int] | None = None,
        extra_props: str = "",
    ) -> None:
        """Append one paragraph in a named style."""
        rtl = direction == "rtl"
        props = [f'<w:pStyle w:val="{style_id}"/>']
        if numbering is not None:
            level, num_id = numbering
            props.append(
                f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
            )
        props.append(extra_props)
        if rtl:
            props.append("<w:bidi/>")
        runs: list[str] = []
        lang = language or (
            self.document.language if rtl == (self.document.direction == "rtl") else ""
        )
        size = self.sizes.get(style_id, self.style.sizes.body)
        self._runs(spans, _Format(rtl=rtl), size, lang, runs)
        self.parts.append(f"<w:p><w:pPr>{''.join(props)}</w:pPr>{''.join(runs)}</w:p>")

    def _new_list(self, ordered: bool, level: int, start: int) -> int:
        from docx.oxml import parse_xml

        num_id = self.next_num
        self.next_num += 1
        abstract = DECIMAL_ABSTRACT if ordered else BULLET_ABSTRACT
        override = (
            f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            if ordered
            else ""
        )
        self.numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{_W}" w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract}"/>{override}</w:num>'
            )
        )
        return num_id

    def block(self, block: Block, quote: bool = False, level: int = 0) -> None:
        """Append the paragraphs of one block."""
        kind = type(block)
        if kind is Paragraph:
            style_id = "Quote" if quote else "BodyText"
            self.paragraph(style_id, block.children, block.language, block.direction)
        elif kind is Heading:
            style_id = f"Heading{min(block.level + 2, 6)}"
            self.paragraph(style_id, block.children, block.language, block.direction)
        elif kind is BlockQuote:
            for inner in block.blocks:
                self.block(inner, quote=True, level=level)
            if block.attribution is not None:
                attribution = block.attribution
                self.paragraph(
                    "QuoteAttribution",
                    attribution.children,
                    attribution.language,
                    attribution.direction,
                )
        elif kind is List:
            num_id = self._new_list(block.ordered, level, block.start)
            for item in block.items:
                first = True
                for inner in item.blocks:
                    if type(inner) is Paragraph:
                        numbering = (level, num_id) if first else None
                        indent = "" if first else f'<w:ind w:left="{720 * (level + 1)}"/>'
                        self.paragraph(
                            "ListParagraph",
                            inner.children,
                            inner.language,
                            inner.direction,
                            numbering,
                            indent if not first else "",
                        )
                    else:
                        self.block(inner, quote, level + 1)
                    first = False
        elif kind is CodeBlock:
            self.paragraph("CodeBlock", (Code(block.text),), "", "ltr")
        elif kind is Rule:
            border = (
                '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
            )
            self.paragraph("BodyText", (), block.language, block.direction, None, border)

    def body(self) -> str:
        """Return the body XML of the whole document."""
        document = self.document
        if document.opening is not None:
            opening = document.opening
            self.paragraph("OpeningLine", opening.children, opening.language, opening.direction)
        title = document.title
        self.paragraph("Title", title.children, title.language, title.direction)
        if document.standfirst is not None:
            standfirst = document.standfirst
            self.paragraph(
                "Standfirst", standfirst.children, standfirst.language, standfirst.direction
            )
        for section in document.sections:
            if section.label is not None:
                label = section.label
                self.paragraph("SectionLabel", label.children, label.language, label.direction)
            for block in section.blocks:
                self.block(block)
        if document.credit is not None:
            credit = document.credit
            self.paragraph("CreditLine", credit.children, credit.language, credit.direction)
        if document.metadata is not None:
            for entry in document.metadata.entries:
                self.paragraph("Metadata", (Text(entry.value),), entry.language, entry.direction)
        return "".join(self.parts)


def _apply_house_style(package: Any, style: HouseStyle, document: Document) -> None:
    from docx.oxml import parse_xml
    from docx.shared import Mm, Pt

    styles = package.styles
    latin, complex_font = _attr(style.fonts.latin), _attr(style.fonts.complex)
    sizes = {
        "Normal": style.sizes.body,
        "Body Text": style.sizes.body,
        "List Paragraph": style.sizes.body,
        "Opening Line": style.sizes.opening,
        "Title": style.sizes.title,
        "Standfirst": style.sizes.standfirst,
        "Section Label": style.sizes.label,
        "Quote": style.sizes.quote,
        "Quote Attribution": style.sizes.attribution,
        "Credit Line": style.sizes.credit,
        "Metadata": style.sizes.metadata,
    }
    for name, size in sizes.items():
        font = styles[name].font
        font.size = Pt(size)
        rpr = styles[name].element.get_or_add_rPr()
        size_cs = rpr.find(f"{{{_W}}}szCs")
        if size_cs is None:
            size_cs = parse_xml(f'<w:szCs xmlns:w="{_W}"/>')
            rpr.find(f"{{{_W}}}sz").addnext(size_cs)
        size_cs.set(f"{{{_W}}}val", str(round(size * 2)))
    # Theme fonts would win over the house style's; every text style takes the style's fonts.
    for element in styles.element.iter(f"{{{_W}}}rFonts"):
        for attribute in list(element.attrib):
            if attribute.endswith("Theme"):
                del element.attrib[attribute]
    defaults = styles.element.find(f"{{{_W}}}docDefaults/{{{_W}}}rPrDefault/{{{_W}}}rPr")
    if defaults is not None:
        for old in defaults.findall(f"{{{_W}}}rFonts") + defaults.findall(f"{{{_W}}}lang"):
            defaults.remove(old)
        defaults.insert(
            0,
            parse_xml(
                f'<w:rFonts xmlns:w="{_W}" w:ascii="{latin}" w:hAnsi="{latin}" '
                f'w:eastAsia="{latin}" w:cs="{complex_font}"/>'
            ),
        )
        rtl = document.direction == "rtl"
        language = _attr(document.language)
        lang = f'w:bidi="{language}"' if rtl else f'w:val="{language}"'
        defaults.append(parse_xml(f'<w:lang xmlns:w="{_W}" {lang}/>'))
    for name in ("Code Block",):
        styles[name].font.name = style.fonts.monospace
    section = package.sections[0]
    section.page_width = Mm(style.page.width_mm)
    section.page_height = Mm(style.page.height_mm)
    section.top_margin = Mm(style.page.margin_top)
    section.right_margin = Mm(style.page.margin_right)
    section.bottom_margin = Mm(style.page.margin_bottom)
    section.left_margin = Mm(style.page.margin_left)


def _timestamp(value: str) -> datetime:
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return datetime.now(UTC).replace(microsecond=0)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def write(document: Document, style: HouseStyle, out: BinaryIO) -> None:
    """Write the document as a Word document from the reference template."""
    import docx
    from docx.oxml import parse_xml

    package = docx.Document(str(resource_path(*TEMPLATE)))
    _apply_house_style(package, style, document)
    writer = _Writer(document, style, package)
    body_xml = writer.body()
    fragment = parse_xml(f'<w:body xmlns:w="{_W}" xmlns:r="{_R}">{body_xml}</w:body>')
    body = package.element.body
    section_properties = body.find(f"{{{_W}}}sectPr")
    for child in list(fragment):
        if section_properties is not None:
            section_properties.addprevious(child)
        else:
            body.append(child)

    properties = package.core_properties
    properties.title = document.headline
    properties.author = document.author
    properties.last_modified_by = document.author
    properties.language = document.language
    properties.keywords = ", ".join(document.tags)
    properties.created = _timestamp(document.created)
    properties.modified = _timestamp(document.modified or document.created)
    package.save(out)
