"""DOCX writer: the document tree into Word's XML, from the reference template's named styles.

The reference template (resources/templates/reference.docx) is built with python-docx by
build_reference_docx.py beside it, and the tests read every export back with python-docx.
The writer itself copies the template's package and writes WordprocessingML into it as
text: importing python-docx (and lxml) costs more than half of what a whole DOCX export by
pandoc takes, and the template's parts are ours, in a form the build script fixes.

Right-to-left paragraphs get ``w:bidi``, their runs ``w:rtl``, the complex-script font,
size and ``w:lang/@w:bidi``; links are real hyperlinks (relationships), lists real Word
numbering, and the core properties carry title, author, language, created and modified.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, BinaryIO

from editor.render.bidi import runs_direction
from editor.render.docx_record import (
    Recorder,
    content_types_with_record,
    record_parts,
    relationship_to_record,
    written_emphasis,
)
from editor.render.errors import RenderError
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
    document_texts,
    plain_text,
)
from editor.resources import resource_path

if TYPE_CHECKING:
    from editor.model.record import Piece
    from editor.render.tree import Block

TEMPLATE = ("templates", "reference.docx")
BULLET_ABSTRACT = 90
DECIMAL_ABSTRACT = 91
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
    href: str = ""


class _Writer:
    """Builds the body XML of one document."""

    def __init__(self, document: Document, style: HouseStyle, numbering: str, rels: str) -> None:
        self.document = document
        self.style = style
        self.parts: list[str] = []
        # What each paragraph shows, for the record that lets the DOCX import back.
        self.recorder = Recorder()
        self.capture: list[Piece] = []
        ids = [int(found) for found in re.findall(r'<w:num w:numId="(\d+)"', numbering)]
        self.next_num = max(ids, default=0) + 1
        self.numbers: list[str] = []
        self.links: dict[str, str] = {}
        self.relationships: list[str] = []
        numbers = [int(found) for found in re.findall(r'Id="rId(\d+)"', rels)]
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
        rid = self.links.get(href)
        if rid is None:
            self.next_rel += 1
            rid = f"rId{self.next_rel}"
            self.relationships.append(
                f'<Relationship Id="{rid}" Type="{_HYPERLINK}" Target="{_attr(href)}" '
                'TargetMode="External"/>'
            )
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
        elif language and language != self.document.language:
            props.append(f'<w:lang w:val="{_attr(language)}"/>')
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
        # The record notes the emphasis as written (the reader sees w:b and w:i, not what
        # the tree asked for), so that an unchanged part is known when it is read back.
        self.capture.append((text, *written_emphasis(rpr), fmt.href))
        return f"<w:r>{rpr}{''.join(content)}</w:r>"

    def _runs(
        self, spans: tuple[Inline, ...], fmt: _Format, size: float, language: str, out: list[str]
    ) -> None:
        for span in spans:
            if type(span) is Text:
                out.append(self._run(span.text, fmt, size, language))
            elif type(span) is Isolate:
                rtl = span.direction == "rtl"
                # The isolate's own language is not known; only an RTL article's is.
                own = language if rtl == (self.document.direction == "rtl") else ""
                out.append(self._run(span.text, replace(fmt, rtl=rtl), size, own))
            elif type(span) is Emphasis:
                self._runs(span.children, replace(fmt, italic=True), size, language, out)
            elif type(span) is Strong:
                self._runs(span.children, replace(fmt, bold=True), size, language, out)
            elif type(span) is Code:
                out.append(self._run(span.text, replace(fmt, code=True), size, language))
            elif type(span) is LineBreak:
                self.capture.append(("\n", False, False, ""))
                out.append("<w:r><w:br/></w:r>")
            elif type(span) is InlineQuote:
                if span.quotation_id:
                    shown = span.open_mark + plain_text(span.children) + span.close_mark
                    self.recorder.inline_quote(span.quotation_id, shown)
                if span.open_mark:
                    out.append(self._run(span.open_mark, fmt, size, language))
                self._runs(span.children, fmt, size, language, out)
                if span.close_mark:
                    out.append(self._run(span.close_mark, fmt, size, language))
            elif type(span) is MissingQuote:
                out.append(self._run(span.text, replace(fmt, missing=True), size, language))
            elif type(span) is Link:
                relationship = self._link_id(span.href)
                inner: list[str] = []
                linked = replace(fmt, link=True, href=span.href)
                self._runs(span.children, linked, size, language, inner)
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
        # The runs take the direction the text runs in, which is the paragraph's unless the
        # writer set the part the other way: Word lays a right-to-left run's spaces right to
        # left, which would put an English sentence's words in reverse order.
        runs_rtl = (runs_direction(spans) or direction) == "rtl"
        runs: list[str] = []
        lang = language or (
            self.document.language if runs_rtl == (self.document.direction == "rtl") else ""
        )
        size = self.sizes.get(style_id, self.style.sizes.body)
        self.capture = []
        self._runs(spans, _Format(rtl=runs_rtl), size, lang, runs)
        self.recorder.paragraph(style_id, self.capture)
        self.parts.append(f"<w:p><w:pPr>{''.join(props)}</w:pPr>{''.join(runs)}</w:p>")

    def _new_list(self, ordered: bool, level: int, start: int) -> int:
        # Each list gets its own w:num, so a numbered list restarts where the writer did.
        num_id = self.next_num
        self.next_num += 1
        abstract = DECIMAL_ABSTRACT if ordered else BULLET_ABSTRACT
        override = (
            f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            if ordered
            else ""
        )
        self.numbers.append(
            f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>'
        )
        return num_id

    def block(self, block: Block, quote: bool = False, level: int = 0) -> None:
        """Append the paragraphs of one block."""
        if type(block) is Paragraph:
            style_id = "Quote" if quote else "BodyText"
            self.paragraph(style_id, block.children, block.language, block.direction)
        elif type(block) is Heading:
            style_id = f"Heading{min(block.level + 2, 6)}"
            self.paragraph(style_id, block.children, block.language, block.direction)
        elif type(block) is BlockQuote:
            self.recorder.start_quote(block.quotation_id)
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
            self.recorder.end_quote()
        elif type(block) is List:
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
        elif type(block) is CodeBlock:
            self.paragraph("CodeBlock", (Code(block.text),), "", "ltr")
        elif type(block) is Rule:
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
            self.recorder.start_section()
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


# styleId -> the house style's size for it (see SIZED_STYLES in build_reference_docx.py).
def _style_sizes(style: HouseStyle) -> dict[str, float]:
    sizes = style.sizes
    return {
        "Normal": sizes.body,
        "BodyText": sizes.body,
        "ListParagraph": sizes.body,
        "OpeningLine": sizes.opening,
        "Title": sizes.title,
        "Standfirst": sizes.standfirst,
        "SectionLabel": sizes.label,
        "Quote": sizes.quote,
        "QuoteAttribution": sizes.attribution,
        "CreditLine": sizes.credit,
        "Metadata": sizes.metadata,
        "CodeBlock": sizes.body,
    }


_STYLE_BLOCK = re.compile(r'<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>.*?</w:style>', re.S)
_SIZE = re.compile(r'<w:(sz|szCs) w:val="\d+"/>')
_DEFAULTS = re.compile(r"<w:rPrDefault><w:rPr>.*?</w:rPr></w:rPrDefault>", re.S)


def _styles_xml(template: str, style: HouseStyle, document: Document) -> str:
    """Return styles.xml with the house style's sizes, fonts and the article's language."""
    sizes = _style_sizes(style)
    mono = _attr(style.fonts.monospace)
    seen: set[str] = set()

    def restyle(match: re.Match[str]) -> str:
        style_id = match.group(1)
        block = match.group(0)
        if style_id in sizes:
            seen.add(style_id)
            half_points = round(sizes[style_id] * 2)
            block = _SIZE.sub(lambda size: f'<w:{size.group(1)} w:val="{half_points}"/>', block)
        if style_id == "CodeBlock":
            block = re.sub(
                r"<w:rFonts[^>]*/>", f'<w:rFonts w:ascii="{mono}" w:hAnsi="{mono}"/>', block
            )
        return block

    styled = _STYLE_BLOCK.sub(restyle, template)
    if seen != set(sizes):
        missing = ", ".join(sorted(set(sizes) - seen))
        raise RenderError(f"the DOCX template lacks the styles {missing}; rebuild it")
    latin, complex_font = _attr(style.fonts.latin), _attr(style.fonts.complex)
    language = _attr(document.language)
    lang = (
        f'<w:lang w:val="{language}" w:bidi="{language}"/>'
        if document.direction == "rtl"
        else f'<w:lang w:val="{language}"/>'
    )
    body = round(style.sizes.body * 2)
    defaults = (
        f'<w:rPrDefault><w:rPr><w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" '
        f'w:eastAsia="{latin}" w:cs="{complex_font}"/><w:sz w:val="{body}"/>'
        f'<w:szCs w:val="{body}"/>{lang}</w:rPr></w:rPrDefault>'
    )
    return _DEFAULTS.sub(lambda _: defaults, styled, count=1)


def _twips(millimetres: float) -> int:
    return round(millimetres / 25.4 * 1440)


def _document_xml(template: str, body: str, style: HouseStyle) -> str:
    page = style.page
    size = f'<w:pgSz w:w="{_twips(page.width_mm)}" w:h="{_twips(page.height_mm)}"/>'
    margins = (
        f'<w:pgMar w:top="{_twips(page.margin_top)}" w:right="{_twips(page.margin_right)}" '
        f'w:bottom="{_twips(page.margin_bottom)}" w:left="{_twips(page.margin_left)}" '
        'w:header="720" w:footer="720" w:gutter="0"/>'
    )
    xml = re.sub(r"<w:pgSz[^>]*/>", lambda _: size, template, count=1)
    xml = re.sub(r"<w:pgMar[^>]*/>", lambda _: margins, xml, count=1)
    # The template's body holds only its section properties; the article goes before them.
    return xml.replace("<w:body>", f"<w:body>{body}", 1)


def _timestamp(value: str) -> str:
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        stamp = datetime.now(UTC)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _core_xml(document: Document) -> str:
    created = _timestamp(document.created)
    modified = _timestamp(document.modified or document.created)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{_esc(document.headline)}</dc:title>"
        f"<dc:creator>{_esc(document.author)}</dc:creator>"
        f"<cp:keywords>{_esc(', '.join(document.tags))}</cp:keywords>"
        f"<cp:lastModifiedBy>{_esc(document.author)}</cp:lastModifiedBy>"
        "<cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        f"<dc:language>{_esc(document.language)}</dc:language>"
        "</cp:coreProperties>"
    )


def _app_version(version: str) -> str:
    """Return a version as Word's AppVersion writes one ("XX.YYYY": 0.1.0 is "0.0100")."""
    numbers = [int(part) if part.isdigit() else 0 for part in version.split(".")[:3]]
    major, minor, patch = [*numbers, 0, 0, 0][:3]
    return f"{major}.{min(minor, 99):02d}{min(patch, 99):02d}"


def _app_xml(document: Document) -> str:
    """Return the document's extended properties: Newsdesk made it, and its counts."""
    from editor import APP_NAME, __version__
    from editor.text.counts import word_count

    texts = list(document_texts(document))
    joined = "\n".join(texts)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes">'
        "<TotalTime>0</TotalTime>"
        f"<Words>{word_count(joined)}</Words>"
        f"<Characters>{sum(not char.isspace() for char in joined)}</Characters>"
        f"<Application>{_esc(APP_NAME)}</Application>"
        "<DocSecurity>0</DocSecurity>"
        f"<Paragraphs>{sum(1 for text in texts if text.strip())}</Paragraphs>"
        "<ScaleCrop>false</ScaleCrop>"
        "<LinksUpToDate>false</LinksUpToDate>"
        f"<CharactersWithSpaces>{len(joined.replace(chr(10), ''))}</CharactersWithSpaces>"
        "<SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged>"
        f"<AppVersion>{_app_version(__version__)}</AppVersion>"
        "</Properties>"
    )


def _template() -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(resource_path(*TEMPLATE)) as package:
        return [(info, package.read(info)) for info in package.infolist()]


def write(document: Document, style: HouseStyle, out: BinaryIO) -> None:
    """Write the document as a Word document from the reference template."""
    parts = _template()
    texts = {info.filename: data.decode("utf-8") for info, data in parts}
    writer = _Writer(
        document, style, texts["word/numbering.xml"], texts["word/_rels/document.xml.rels"]
    )
    body = writer.body()
    numbering = texts["word/numbering.xml"]
    closing = "<w:numIdMacAtCleanup" if "<w:numIdMacAtCleanup" in numbering else "</w:numbering>"
    replaced = {
        "word/document.xml": _document_xml(texts["word/document.xml"], body, style),
        "word/styles.xml": _styles_xml(texts["word/styles.xml"], style, document),
        "word/numbering.xml": numbering.replace(closing, "".join(writer.numbers) + closing, 1),
        "word/_rels/document.xml.rels": texts["word/_rels/document.xml.rels"].replace(
            "</Relationships>", "".join(writer.relationships) + "</Relationships>", 1
        ),
        "docProps/core.xml": _core_xml(document),
        "docProps/app.xml": _app_xml(document),
    }
    record = writer.recorder.record(document, style.fonts.monospace)
    added: dict[str, str] = {}
    if record is not None:
        # The article's own record, so that the DOCX imports back to the same article.
        added = record_parts(record, document.source.id if document.source else "")
        writer.next_rel += 1
        relationship = relationship_to_record(f"rId{writer.next_rel}")
        rels = replaced["word/_rels/document.xml.rels"]
        replaced["word/_rels/document.xml.rels"] = rels.replace(
            "</Relationships>", relationship + "</Relationships>", 1
        )
        replaced["[Content_Types].xml"] = content_types_with_record(texts["[Content_Types].xml"])
    # Open comments (when the style includes them) are added by python-docx afterwards.
    buffer = io.BytesIO() if document.comments else None
    target: BinaryIO = out if buffer is None else buffer
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in parts:
            text = replaced.get(info.filename)
            entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(entry, text.encode("utf-8") if text is not None else data)
        for name, text in added.items():
            entry = zipfile.ZipInfo(name, date_time=parts[0][0].date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(entry, text.encode("utf-8"))
    if buffer is not None:
        from editor.render.docx_comments import add_word_comments

        out.write(add_word_comments(buffer.getvalue(), document))
