"""DOCX writer: the document tree into Word's XML, from the reference template's named styles.

The reference template (resources/templates/reference.docx) is written by
build_reference_docx.py beside it, and the tests read every export back with python-docx.
The writer itself copies the template's package and writes WordprocessingML into it as
text: importing python-docx (and lxml) costs more than half of what a whole DOCX export by
pandoc takes, and the template's parts are ours, in a form the build script fixes.

Fonts and sizes (Latin and complex-script) are the house style's, written into the styles;
right-to-left paragraphs get ``w:bidi``, their runs ``w:rtl``, and a run's ``w:lang`` says
its own language where it is not the document's default for its direction; links are
real hyperlinks (relationships), lists real Word numbering, and the core properties carry
title, author, language, keywords, created and modified.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, BinaryIO

from editor.model.article import time_of
from editor.render.bidi import runs_direction
from editor.render.docx_record import (
    Recorder,
    content_types_with_record,
    record_number,
    record_parts,
    relationship_to_record,
    written_emphasis,
)
from editor.render.errors import RenderError
from editor.render.styles import HouseStyle
from editor.render.tree import (
    BlockQuote,
    ChangedBlock,
    Code,
    CodeBlock,
    DeletedSection,
    Deletion,
    Document,
    Emphasis,
    Footnote,
    FootnoteRef,
    FormatChange,
    Heading,
    Image,
    Inline,
    InlineQuote,
    Insertion,
    Isolate,
    LineBreak,
    Link,
    List,
    MissingQuote,
    Paragraph,
    ParagraphMark,
    Rule,
    Strike,
    Strong,
    Table,
    TableCell,
    Text,
    document_texts,
    plain_text,
)
from editor.resources import resource_path
from editor.text.languages import language_or_default, primary_subtag

if TYPE_CHECKING:
    from editor.model.record import Piece
    from editor.render.docx_office import OfficeTemplate
    from editor.render.tree import Block

TEMPLATE = ("templates", "reference.docx")
BULLET_ABSTRACT = 90
DECIMAL_ABSTRACT = 91
# The language of Latin-script text whose language nothing tells, in a right-to-left article.
LATIN_FALLBACK = "en"
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_WORD_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_IMAGE = f"{_RELATIONSHIPS}/image"
_FOOTNOTES = f"{_RELATIONSHIPS}/footnotes"
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTER = f"{_RELATIONSHIPS}/footer"
_FOOTER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
# The language file's digits -> Word's page number format (Word has none for Urdu's own).
_PAGE_DIGITS = {"arabic-indic": "hindiNumbers"}
_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# An image's pixel at 96 dpi, and a twip, in EMU (DrawingML's unit).
_EMU_PER_PIXEL = 9525
_EMU_PER_TWIP = 635


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
    strike: bool = False
    href: str = ""
    # Upright against its style's italic: a Latin name in an Arabic credit line, which is
    # upright as Arabic has no italic ("Müller" slanted in it: a trial).
    upright: bool = False


def default_languages(document: Document) -> tuple[str, str]:
    """Return the proofing languages of left-to-right and of right-to-left text by default.

    A right-to-left article's Latin text (names, titles) is of no language it names: it
    is taken as English, never as the article's Arabic or Urdu.
    """
    if document.direction == "rtl":
        return LATIN_FALLBACK, document.language
    return document.language, ""


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
        self.default_latin, self.default_bidi = default_languages(document)
        # styleId -> the pBdr that puts the style's left rule on the right instead.
        self.mirrored_rules: dict[str, str] = {}
        # Images (word/media/) and footnotes (word/footnotes.xml) the body refers to.
        self.media: list[tuple[str, bytes]] = []
        self.image_ids: dict[str, str] = {}
        self.drawings = 0
        self.footnotes: list[str] = []
        page = style.page
        self.text_width = _twips(page.width_mm - page.margin_left - page.margin_right)
        # An office template's style for each of Newsdesk's it names (house style's map).
        self.style_ids: dict[str, str] = {}
        self.used_styles: dict[str, None] = {}  # Newsdesk's style ids the body names
        # Past the ids of the notes an office template holds (its separators).
        self.footnote_offset = 0
        # The document part already names a notes part (an office template's may).
        self.footnotes_related = "footnotes.xml" in rels
        # The article's images' names in word/media/ (an office template has its own).
        self.media_prefix = "image"
        # Tracked changes (a changes export only): the last id given, shared with the
        # comments added afterwards, and the changes around the blocks being written.
        self.change_id = 0
        self.block_marks: list[ChangedBlock] = []
        # The ids of the changes whose words are not in the article's text as stored (a
        # revision's deletions, the suggestions' insertions): comments are found without them.
        self.not_stored: set[str] = set()

    def _new_relationship(self, kind: str, target: str, mode: str = "") -> str:
        self.next_rel += 1
        rid = f"rId{self.next_rel}"
        self.relationships.append(
            f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"{mode}/>'
        )
        return rid

    def _link_id(self, href: str) -> str:
        rid = self.links.get(href)
        if rid is None:
            rid = self._new_relationship(_HYPERLINK, _attr(href), ' TargetMode="External"')
            self.links[href] = rid
        return rid

    # --- runs ---------------------------------------------------------------------------

    def _run(self, text: str, fmt: _Format, language: str) -> str:
        # Fonts and sizes come from the paragraph's style (the house style writes them into
        # styles.xml), so restyling Body Text in Word restyles its Arabic as well; a run
        # carries only its marks, its direction and, where it is not the document's
        # default, its language.
        rpr = self._properties(fmt, language)
        content = []
        for index, line in enumerate(text.split("\n")):
            if index:
                content.append("<w:br/>")
            for position, piece in enumerate(line.split("\t")):
                if position:
                    content.append("<w:tab/>")
                if piece:
                    content.append(f'<w:t xml:space="preserve">{_esc(piece)}</w:t>')
        # The record notes the emphasis as written (the reader sees w:b and w:i, not what
        # the tree asked for), so that an unchanged part is known when it is read back.
        self.capture.append((text, *written_emphasis(rpr), fmt.href))
        return f"<w:r>{rpr}{''.join(content)}</w:r>"

    def _properties(self, fmt: _Format, language: str) -> str:
        """Return a run's w:rPr for these marks and this language ("" when it needs none)."""
        props = []
        if fmt.link:
            self.used_styles["Hyperlink"] = None
            props.append('<w:rStyle w:val="Hyperlink"/>')
        elif fmt.code:
            self.used_styles["VerbatimChar"] = None
            props.append('<w:rStyle w:val="VerbatimChar"/>')
        if fmt.bold or fmt.missing:
            # Arabic and Urdu fonts have real bold faces; w:bCs picks them.
            props.append("<w:b/><w:bCs/>")
        if fmt.italic:
            # w:i alone: a right-to-left run is slanted only by w:iCs, and Arabic and Urdu
            # fonts have no italic, so it would be faked by shearing the letters.
            props.append("<w:i/>")
        elif fmt.upright:
            props.append('<w:i w:val="0"/>')
        if fmt.strike:
            props.append("<w:strike/>")
        if fmt.missing:
            props.append('<w:color w:val="C00000"/><w:highlight w:val="yellow"/>')
        if fmt.rtl:
            props.append("<w:rtl/>")
            if language and language != self.default_bidi:
                props.append(f'<w:lang w:bidi="{_attr(language)}"/>')
        elif language and language != self.default_latin:
            props.append(f'<w:lang w:val="{_attr(language)}"/>')
        return f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""

    def _runs(
        self, spans: tuple[Inline, ...], fmt: _Format, languages: tuple[str, str], out: list[str]
    ) -> None:
        # languages: (the language of left-to-right runs, that of right-to-left runs).
        for span in spans:
            if type(span) is Text:
                out.append(self._run(span.text, fmt, languages[fmt.rtl]))
            elif type(span) is Isolate:
                rtl = span.direction == "rtl"
                out.append(self._run(span.text, replace(fmt, rtl=rtl), languages[rtl]))
            elif type(span) is Emphasis:
                self._runs(span.children, replace(fmt, italic=True), languages, out)
            elif type(span) is Strong:
                self._runs(span.children, replace(fmt, bold=True), languages, out)
            elif type(span) is Code:
                out.append(self._run(span.text, replace(fmt, code=True), languages[fmt.rtl]))
            elif type(span) is LineBreak:
                self.capture.append(("\n", False, False, ""))
                out.append("<w:r><w:br/></w:r>")
            elif type(span) is InlineQuote:
                if span.quotation_id:
                    shown = span.open_mark + plain_text(span.children) + span.close_mark
                    self.recorder.inline_quote(span.quotation_id, shown)
                if span.open_mark:
                    out.append(self._run(span.open_mark, fmt, languages[fmt.rtl]))
                self._runs(span.children, fmt, languages, out)
                if span.close_mark:
                    out.append(self._run(span.close_mark, fmt, languages[fmt.rtl]))
            elif type(span) is MissingQuote:
                out.append(self._run(span.text, replace(fmt, missing=True), languages[fmt.rtl]))
            elif type(span) is Strike:
                self._runs(span.children, replace(fmt, strike=True), languages, out)
            elif type(span) is Image:
                out.append(self._drawing(span))
            elif type(span) is FootnoteRef:
                out.append(
                    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{span.number + self.footnote_offset}"/></w:r>'
                )
            elif type(span) is Link:
                relationship = self._link_id(span.href)
                inner: list[str] = []
                linked = replace(fmt, link=True, href=span.href)
                self._runs(span.children, linked, languages, inner)
                out.append(
                    f'<w:hyperlink r:id="{relationship}" w:history="1">{"".join(inner)}'
                    "</w:hyperlink>"
                )
            elif type(span) is Insertion or type(span) is Deletion:
                out.append(self._tracked(span, fmt, languages))
            elif type(span) is FormatChange:
                out.append(self._format_change(span, fmt, languages))

    # --- tracked changes (a changes export) ---------------------------------------------

    def _change(self, tag: str, author: str, date: str) -> str:
        """Return the opening tag of a tracked change with the next id, its author and date."""
        self.change_id += 1
        return (
            f'<w:{tag} w:id="{self.change_id}" w:author="{_attr(author)}" '
            f'w:date="{_timestamp(date)}"'
        )

    def _tracked(
        self, span: Insertion | Deletion, fmt: _Format, languages: tuple[str, str]
    ) -> str:
        # The record keeps the article's current text: the revision's deletions and the
        # suggestions' insertions are not in it.
        inserted = type(span) is Insertion
        captured, quoted = len(self.capture), len(self.recorder.inline)
        inner: list[str] = []
        self._runs(span.children, fmt, languages, inner)
        if inserted == span.suggested:
            del self.capture[captured:]
            del self.recorder.inline[quoted:]
        tag = "ins" if inserted else "del"
        runs = "".join(inner)
        if not inserted:
            runs = _deleted_text(runs)
        opening = self._change(tag, span.author, span.date)
        if inserted == span.suggested:
            self.not_stored.add(str(self.change_id))
        return f"{opening}>{runs}</w:{tag}>"

    def _format_change(self, span: FormatChange, fmt: _Format, languages: tuple[str, str]) -> str:
        inner: list[str] = []
        captured = len(self.capture)
        self._runs(span.children, fmt, languages, inner)
        if span.suggested:
            # The record keeps the current text, which has the emphasis it had.
            self.capture[captured:] = [
                (text, "strong" in span.before, "emphasis" in span.before, href)
                for text, _bold, _italic, href in self.capture[captured:]
            ]
        before = replace(
            fmt,
            bold="strong" in span.before,
            italic="emphasis" in span.before,
            strike="strike" in span.before,
        )
        out = []
        for run in inner:
            # Each run's own direction and language, with the emphasis it had.
            rtl = "<w:rtl/>" in run.split("</w:rPr>", 1)[0]
            old = self._properties(replace(before, rtl=rtl), languages[rtl])
            old_props = old[len("<w:rPr>") : -len("</w:rPr>")] if old else ""
            change = (
                f"{self._change('rPrChange', span.author, span.date)}>"
                f"<w:rPr>{old_props}</w:rPr></w:rPrChange>"
            )
            if run.startswith("<w:r><w:rPr>"):
                run = run.replace("</w:rPr>", f"{change}</w:rPr>", 1)
            elif run.startswith("<w:r>"):
                run = f"<w:r><w:rPr>{change}</w:rPr>{run[len('<w:r>') :]}"
            out.append(run)
        return "".join(out)

    def _paragraph_marks(self, spans: tuple[Inline, ...]) -> tuple[str, bool]:
        """Return a changed paragraph's mark properties, and whether it is current text."""
        marks = [
            (mark.inserted, mark.author, mark.date, mark.suggested) for mark in self.block_marks
        ]
        for span in reversed(spans):
            if type(span) is not ParagraphMark:
                break
            marks.append((span.inserted, span.author, span.date, span.suggested))
        current = all(inserted != suggested for inserted, _a, _d, suggested in marks)
        props = "".join(
            f"{self._change('ins' if inserted else 'del', author, date)}/>"
            for inserted, author, date, _suggested in marks
        )
        return f"<w:rPr>{props}</w:rPr>", current

    def _block_change(self, change: ChangedBlock, quote: bool, level: int) -> None:
        """A whole table, code block or rule inserted or deleted: each paragraph marked."""
        self.block_marks.append(change)
        keep = self.recorder
        if change.inserted == change.suggested:
            self.recorder = Recorder()  # not in the current text: not in the record
        try:
            self.block(change.block, quote, level)
        finally:
            self.recorder = keep
            self.block_marks.pop()

    # --- paragraphs ---------------------------------------------------------------------

    def paragraph(
        self,
        style_id: str,
        spans: tuple[Inline, ...],
        language: str,
        direction: str,
        numbering: tuple[int, int] | None = None,
        extra_props: str = "",
        upright: bool = False,
        space_before: int = 0,
    ) -> None:
        """Append one paragraph in a named style (``upright``: every run, whatever the
        style's italic; ``space_before``: twips above it, more than the style's)."""
        rtl = direction == "rtl"
        self.used_styles[style_id] = None
        props = [f'<w:pStyle w:val="{_attr(self.style_ids.get(style_id, style_id))}"/>']
        if numbering is not None:
            level, num_id = numbering
            props.append(
                f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
            )
        props.append(extra_props)
        if rtl:
            # w:bidi mirrors a paragraph's indents, not its borders: a quotation's rule
            # goes to the right, the start side, by hand.
            props.append(self.mirrored_rules.get(style_id, ""))
            props.append("<w:bidi/>")
        if space_before:
            props.append(f'<w:spacing w:before="{space_before}"/>')  # after w:bidi, as ordered
        # The runs take the direction the text runs in, which is the paragraph's unless the
        # writer set the part the other way: Word lays a right-to-left run's spaces right to
        # left, which would put an English sentence's words in reverse order.
        runs_rtl = (runs_direction(spans) or direction) == "rtl"
        runs: list[str] = []
        # The part's language is that of the text running its way; text of the other
        # direction inside it (a Latin name in an Arabic sentence) is of the document's
        # language for that direction, never the part's.
        if runs_rtl:
            languages = (self.default_latin, language or self.default_bidi)
        else:
            languages = (language or self.default_latin, self.default_bidi)
        self.capture = []
        self._runs(spans, _Format(rtl=runs_rtl, upright=upright), languages, runs)
        if self.block_marks or (spans and type(spans[-1]) is ParagraphMark):
            self._changed_paragraph(style_id, props, runs, spans)
            return
        self.recorder.paragraph(style_id, self.capture)
        self.parts.append(f"<w:p><w:pPr>{''.join(props)}</w:pPr>{''.join(runs)}</w:p>")

    def _changed_paragraph(
        self, style_id: str, props: list[str], runs: list[str], spans: tuple[Inline, ...]
    ) -> None:
        """Write a paragraph a tracked change inserted or deleted (its mark says which)."""
        mark, current = self._paragraph_marks(spans)
        if current:
            self.recorder.paragraph(style_id, self.capture)
        body = "".join(runs)
        for change in reversed(self.block_marks):
            tag = "ins" if change.inserted else "del"
            if not change.inserted:
                body = _deleted_text(body)
            body = f"{self._change(tag, change.author, change.date)}>{body}</w:{tag}>"
        self.parts.append(f"<w:p><w:pPr>{''.join(props)}{mark}</w:pPr>{body}</w:p>")

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

    # --- images, tables, footnotes ------------------------------------------------------

    def _drawing(self, image: Image) -> str:
        """A run holding an image inline, as large as its pixels at 96 dpi or the text width."""
        asset = self.document.image(image.name)
        if asset is None:
            return self._run(image.alt, _Format(), "") if image.alt else ""
        rid = self.image_ids.get(image.name)
        if rid is None:
            from editor.model.images import EXTENSIONS

            number = len(self.media) + 1
            target = f"media/{self.media_prefix}{number}.{EXTENSIONS[asset.media_type]}"
            self.media.append((target, asset.data))
            rid = self.image_ids[image.name] = self._new_relationship(_IMAGE, target)
        width, height = asset.width * _EMU_PER_PIXEL, asset.height * _EMU_PER_PIXEL
        widest = self.text_width * _EMU_PER_TWIP
        if width > widest:
            width, height = widest, round(height * widest / width)
        self.drawings += 1
        number = self.drawings
        description = _attr(image.alt or image.title)
        return (
            # The drawing declares its own namespaces: the document part (Newsdesk's
            # template's, or an office's) need not.
            f'<w:r><w:drawing><wp:inline xmlns:wp="{_WORD_DRAWING}" distT="0" distB="0" '
            'distL="0" distR="0">'
            f'<wp:extent cx="{width}" cy="{height}"/>'
            f'<wp:docPr id="{number}" name="Picture {number}" descr="{description}"/>'
            f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{_DRAWING}" '
            'noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            f'<a:graphic xmlns:a="{_DRAWING}"><a:graphicData uri="{_PICTURE}">'
            f'<pic:pic xmlns:pic="{_PICTURE}"><pic:nvPicPr>'
            f'<pic:cNvPr id="{number}" name="{_attr(image.name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
            '</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{width}" cy="{height}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        )

    def figure(self, block: Paragraph, image: Image) -> None:
        """An image alone in its paragraph, then its caption (its text, else its title)."""
        self.paragraph("BodyText", block.children, block.language, block.direction)
        caption = image.alt or image.title
        if caption and self.document.image(image.name) is not None:
            spans = (Emphasis((Text(caption),)),)
            self.paragraph("BodyText", spans, block.language, block.direction)

    def table(self, table: Table) -> None:
        """A table: a repeated header row, the cells aligned, mirrored when right to left."""
        rtl = table.direction == "rtl"
        columns = max([len(table.header), *(len(row) for row in table.rows), 1])
        width = self.text_width // columns
        border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        borders = "".join(
            border.format(edge)
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        out = [
            "<w:tbl><w:tblPr>",
            "<w:bidiVisual/>" if rtl else "",
            f'<w:tblW w:w="{width * columns}" w:type="dxa"/>',
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>',
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
            f'<w:gridCol w:w="{width}"/>' * columns,
            "</w:tblGrid>",
        ]
        for index, row in enumerate((table.header, *table.rows)):
            header = index == 0
            if self.block_marks:
                # A table inserted or deleted whole: its rows are, too.
                marks = "".join(
                    f"{self._change('ins' if mark.inserted else 'del', mark.author, mark.date)}/>"
                    for mark in self.block_marks
                )
                heading = "<w:tblHeader/>" if header else ""
                out.append(f"<w:tr><w:trPr>{heading}{marks}</w:trPr>")
            else:
                out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header else "<w:tr>")
            cells = [*row, *[TableCell(())] * (columns - len(row))]
            for column, cell in enumerate(cells):
                alignment = table.alignments[column] if column < len(table.alignments) else ""
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>')
                out.append(self._cell_paragraph(table, cell, alignment, header))
                out.append("</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.parts.append("".join(out))

    def _cell_paragraph(self, table: Table, cell: TableCell, alignment: str, header: bool) -> str:
        spans: tuple[Inline, ...] = (Strong(cell.children),) if header else cell.children
        self.paragraph("BodyText", spans, table.language, table.direction)
        paragraph = self.parts.pop()
        if alignment:
            # "left" and "right" as on the page, as the HTML's text-align has them (LibreOffice
            # reads them so in a right-to-left paragraph too).
            # w:jc comes before a tracked paragraph mark's w:rPr, as the schema orders them.
            end = (
                "<w:rPr>"
                if "<w:rPr><w:ins " in paragraph or "<w:rPr><w:del " in paragraph
                else "</w:pPr>"
            )
            paragraph = paragraph.replace(end, f'<w:jc w:val="{alignment}"/>{end}', 1)
        return paragraph

    def footnote(self, note: Footnote) -> None:
        """Write one footnote's paragraphs into word/footnotes.xml, its number first."""
        body, self.parts = self.parts, []
        try:
            for block in note.blocks:
                self.block(block)
            if not self.parts:
                self.paragraph("BodyText", (), note.language, note.direction)
        finally:
            paragraphs, self.parts = self.parts, body
        mark = (
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r>'
        )
        first = paragraphs[0]
        cut = first.find("</w:pPr>")
        paragraphs[0] = (
            first[: cut + len("</w:pPr>")] + mark + first[cut + len("</w:pPr>") :]
            if cut >= 0
            else first
        )
        self.footnotes.append(
            f'<w:footnote w:id="{note.number + self.footnote_offset}">'
            f"{''.join(paragraphs)}</w:footnote>"
        )

    def block(self, block: Block, quote: bool = False, level: int = 0) -> None:
        """Append the paragraphs of one block."""
        if type(block) is Paragraph and len(block.children) == 1:
            lone = block.children[0]
            if type(lone) is Image:
                self.figure(block, lone)
                return
        if type(block) is Table:
            self.table(block)
            return
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
        elif type(block) is ChangedBlock:
            self._block_change(block, quote, level)

    def body(self) -> str:
        """Return the body XML of the whole document."""
        document = self.document
        if document.embargo is not None:
            # Not in the record's end matter (the article's record carries the embargo): read
            # back with the metadata line, an edited date no longer mapped to the byline.
            embargo, keep = document.embargo, self.recorder
            self.recorder = Recorder()
            self.paragraph(
                "Metadata", (Strong(embargo.children),), embargo.language, embargo.direction
            )
            self.recorder = keep
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
            keep = self.recorder
            if type(section) is DeletedSection:
                self.recorder = Recorder()  # a section the current text no longer has
            self.recorder.start_section()
            if section.label is not None:
                label = section.label
                self.paragraph("SectionLabel", label.children, label.language, label.direction)
            for block in section.blocks:
                self.block(block)
            self.recorder = keep
        if document.credit is not None:
            credit = document.credit
            # Italic, but in a right-to-left credit upright throughout, as HTML sets it.
            upright = credit.direction == "rtl"
            self.paragraph(
                "CreditLine", credit.children, credit.language, credit.direction, upright=upright
            )
        if document.metadata is not None:
            for entry in document.metadata.entries:
                self.paragraph("Metadata", (Text(entry.value),), entry.language, entry.direction)
        if document.corrections is not None:
            # In the end matter's style: a Newsdesk DOCX read back takes them as end matter
            # (the log itself travels in the article's record), never as body text.
            corrections = document.corrections
            heading = corrections.heading
            # Set off from the lines above it (it stood right under the place: a trial).
            self.paragraph(
                "Metadata",
                (Strong(heading.children),),
                heading.language,
                heading.direction,
                space_before=CORRECTIONS_SPACE,
            )
            for correction in corrections.entries:
                self.paragraph(
                    "Metadata", correction.children, correction.language, correction.direction
                )
        for note in document.notes:
            self.footnote(note)
        if self.footnotes and not self.footnotes_related:
            self._new_relationship(_FOOTNOTES, "footnotes.xml")
        return "".join(self.parts)


# Twips above the corrections' heading in the end matter (12 points).
CORRECTIONS_SPACE = 240


def _deleted_text(runs: str) -> str:
    """Return runs as deleted text: Word keeps a deletion's words in w:delText."""
    return runs.replace('<w:t xml:space="preserve">', '<w:delText xml:space="preserve">').replace(
        "</w:t>", "</w:delText>"
    )


def track_revisions(settings: str) -> str:
    """Return word/settings.xml with Word's "Track changes" turned on."""
    if "<w:trackRevisions" in settings:
        return settings
    # Its place in the schema's order: after the view and protection settings.
    found = re.search(
        r"<w:(?:defaultTabStop|doNotTrackMoves|doNotTrackFormatting|documentProtection|"
        r"autoFormatOverride|styleLockTheme|styleLockQFSet|defaultTabStop)\b",
        settings,
    )
    if found is not None:
        return settings[: found.start()] + "<w:trackRevisions/>" + settings[found.start() :]
    return re.sub(r"(<w:settings\b[^>]*?)(/?)>", _open_settings, settings, count=1)


def _open_settings(match: re.Match[str]) -> str:
    if match.group(2):
        return f"{match.group(1)}><w:trackRevisions/></w:settings>"
    return f"{match.group(1)}><w:trackRevisions/>"


def _footnotes_xml(notes: list[str]) -> str:
    """Return word/footnotes.xml: Word's two separators, then the notes."""
    separator = (
        '<w:footnote w:type="{0}" w:id="{1}"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:{0}/></w:r></w:p></w:footnote>'
    )
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<w:footnotes xmlns:w="{_W}" xmlns:r="{_RELATIONSHIPS}" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        + separator.format("separator", -1)
        + separator.format("continuationSeparator", 0)
        + "".join(notes)
        + "</w:footnotes>"
    )


def _content_types(template: str, writer: _Writer) -> str:
    """Return [Content_Types].xml with the types of the images and footnotes written."""
    from editor.model.images import EXTENSIONS

    added = []
    for media_type, extension in EXTENSIONS.items():
        used = any(name.endswith(f".{extension}") for name, _ in writer.media)
        if used and f'Extension="{extension}"' not in template:
            added.append(f'<Default Extension="{extension}" ContentType="{media_type}"/>')
    if writer.footnotes and "/word/footnotes.xml" not in template:
        added.append(f'<Override PartName="/word/footnotes.xml" ContentType="{_FOOTNOTES_TYPE}"/>')
    return template.replace("</Types>", "".join(added) + "</Types>", 1)


def _added_parts(writer: _Writer) -> list[tuple[str, bytes]]:
    """Return the parts the template does not have: images, footnotes and their links."""
    parts = [(f"word/{name}", data) for name, data in writer.media]
    if writer.footnotes:
        parts.append(("word/footnotes.xml", _footnotes_xml(writer.footnotes).encode("utf-8")))
        # A footnote's links and images use relationships of its own part: the same ones.
        relationships = "".join(
            relationship for relationship in writer.relationships if _FOOTNOTES not in relationship
        )
        rels = (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{relationships}</Relationships>"
        )
        parts.append(("word/_rels/footnotes.xml.rels", rels.encode("utf-8")))
    return parts


# styleId -> the house style's size for it (each style in build_reference_docx.py holds
# both w:sz and w:szCs, so Arabic and Urdu text takes the size of its style).
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
        # Headings inside a section stand below the section label, never above it.
        "Heading1": sizes.label,
        "Heading2": sizes.label,
        "Heading3": sizes.label,
        "Heading4": sizes.body,
        "Heading5": sizes.body,
        "Heading6": sizes.body,
    }


# Styles set in the house style's monospace font; every other style's text is in its
# Latin and complex-script fonts.
_MONOSPACED = frozenset({"CodeBlock", "VerbatimChar"})
_STYLE_BLOCK = re.compile(r'<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>.*?</w:style>', re.S)
_SIZE = re.compile(r'<w:(sz|szCs) w:val="(\d+)"/>')
_LINE = re.compile(r'w:line="(\d+)"( w:lineRule="(?:atLeast|exact)")')
_FONTS = re.compile(r"<w:rFonts\b[^>]*/>")
_DEFAULTS = re.compile(r"<w:rPrDefault><w:rPr>.*?</w:rPr></w:rPrDefault>", re.S)
_EAST_ASIAN = frozenset({"zh", "ja", "ko"})


def _lang_element(document: Document) -> str:
    """Return the w:lang of the document defaults: each kind of script in its language."""
    latin, bidi = default_languages(document)
    values = [f'w:val="{_attr(latin)}"']
    if primary_subtag(document.language) in _EAST_ASIAN:
        values.append(f'w:eastAsia="{_attr(document.language)}"')
    if bidi:
        values.append(f'w:bidi="{_attr(bidi)}"')
    return f"<w:lang {' '.join(values)}/>"


def _styles_xml(template: str, style: HouseStyle, document: Document) -> str:
    """Return styles.xml with the house style's sizes, fonts and the article's language.

    The fonts and sizes are written once here, in the styles, instead of on every run.
    """
    sizes = _style_sizes(style)
    latin, complex_font = _attr(style.fonts.latin), _attr(style.complex_font(document.language))
    mono = _attr(style.fonts.monospace)
    text_fonts = (
        f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{latin}" '
        f'w:cs="{complex_font}"/>'
    )
    mono_fonts = (
        f'<w:rFonts w:ascii="{mono}" w:hAnsi="{mono}" w:eastAsia="{mono}" w:cs="{complex_font}"/>'
    )
    seen: set[str] = set()

    def restyle(match: re.Match[str]) -> str:
        style_id = match.group(1)
        block = match.group(0)
        if style_id in sizes:
            seen.add(style_id)
            half_points = round(sizes[style_id] * 2)
            old_size = _SIZE.search(block)
            block = _SIZE.sub(lambda size: f'<w:{size.group(1)} w:val="{half_points}"/>', block)
            if old_size is not None and int(old_size.group(2)) > 0:
                # A line pitch in points keeps its ratio to the style's size.
                ratio = half_points / int(old_size.group(2))
                block = _LINE.sub(
                    lambda line: f'w:line="{round(int(line.group(1)) * ratio)}"{line.group(2)}',
                    block,
                )
        fonts = mono_fonts if style_id in _MONOSPACED else text_fonts
        return _FONTS.sub(lambda _: fonts, block)

    styled = _STYLE_BLOCK.sub(restyle, template)
    if seen != set(sizes):
        missing = ", ".join(sorted(set(sizes) - seen))
        raise RenderError(f"the DOCX template lacks the styles {missing}; rebuild it")
    body = round(style.sizes.body * 2)
    defaults = (
        f'<w:rPrDefault><w:rPr>{text_fonts}<w:sz w:val="{body}"/>'
        f'<w:szCs w:val="{body}"/>{_lang_element(document)}</w:rPr></w:rPrDefault>'
    )
    return _DEFAULTS.sub(lambda _: defaults, styled, count=1)


_BASED_ON = re.compile(r'<w:basedOn w:val="([^"]+)"/>')
_LEFT_RULE = re.compile(r"<w:pBdr>.*?<w:left\b([^>]*?)/>.*?</w:pBdr>", re.S)
# Paragraph styles with a rule on the start side (a block quotation and its attribution).
RULED_STYLES = ("Quote", "QuoteAttribution")


def mirrored_rules(styles: str, style_ids: Mapping[str, str] | None = None) -> dict[str, str]:
    """Return, per ruled style, the paragraph borders that move its left rule to the right.

    ``style_ids``: the office template's style for each of Newsdesk's it names.
    """
    blocks = {match.group(1): match.group(0) for match in _STYLE_BLOCK.finditer(styles)}
    rules = {}
    for style_id in RULED_STYLES:
        current: str | None = (style_ids or {}).get(style_id, style_id)
        # A style takes its borders from the first style up its basedOn chain that has any.
        for _ in range(10):
            block = blocks.get(current or "")
            if block is None:
                break
            rule = _LEFT_RULE.search(block)
            if rule is not None:
                rules[style_id] = (
                    f'<w:pBdr><w:left w:val="nil"/><w:right{rule.group(1)}/></w:pBdr>'
                )
                break
            if "<w:pBdr>" in block:
                break
            based = _BASED_ON.search(block)
            current = based.group(1) if based is not None else None
    return rules


def _twips(millimetres: float) -> int:
    return round(millimetres / 25.4 * 1440)


def _footer_xml(document: Document) -> str:
    """Return the footer with the page number: centred, in the metadata's style (small and
    grey, the house style's size), as the PDF prints it."""
    direction = "<w:bidi/>" if document.direction == "rtl" else ""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<w:ftr xmlns:w="{_W}" xmlns:r="{_RELATIONSHIPS}"><w:p><w:pPr>'
        f'<w:pStyle w:val="Metadata"/>{direction}<w:jc w:val="center"/></w:pPr>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>'
    )


def _document_xml(
    template: str, body: str, style: HouseStyle, footer: str = "", digits: str = ""
) -> str:
    """Return document.xml: the body, the page's size and margins, and the footer with the
    page number (``footer`` its relationship id; ``digits`` Word's format for them)."""
    page = style.page
    size = f'<w:pgSz w:w="{_twips(page.width_mm)}" w:h="{_twips(page.height_mm)}"/>'
    margins = (
        f'<w:pgMar w:top="{_twips(page.margin_top)}" w:right="{_twips(page.margin_right)}" '
        f'w:bottom="{_twips(page.margin_bottom)}" w:left="{_twips(page.margin_left)}" '
        'w:header="720" w:footer="720" w:gutter="0"/>'
    )
    xml = re.sub(r"<w:pgSz[^>]*/>", lambda _: size, template, count=1)
    numbers = f'<w:pgNumType w:fmt="{digits}"/>' if digits else ""
    xml = re.sub(r"<w:pgMar[^>]*/>", lambda _: margins + numbers, xml, count=1)
    if footer:
        # First in the section's properties, as the schema orders them.
        reference = f'<w:footerReference w:type="default" r:id="{footer}"/>'
        xml = xml.replace("<w:sectPr>", f"<w:sectPr>{reference}", 1)
    # The template's body holds only its section properties; the article goes before them.
    return xml.replace("<w:body>", f"<w:body>{body}", 1)


def _timestamp(value: str) -> str:
    stamp = time_of(value) or datetime.now(UTC)
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
        # Without white space (split() takes what isspace() calls space), at C speed: a
        # generator over each character took three times as long (1.5 ms in 5,000 words).
        f"<Characters>{len(''.join(joined.split()))}</Characters>"
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
    """Write the document as a Word document: on the reference template, or on the office
    template the house style names (its styles, headers, footers and logo)."""
    parts = _template()
    texts = {info.filename: data.decode("utf-8") for info, data in parts}
    office = None
    if style.template:
        from pathlib import Path

        from editor.render.docx_office import OfficeTemplate

        office = OfficeTemplate(Path(style.template))
    numbering = texts["word/numbering.xml"]
    ours_styles = _styles_xml(texts["word/styles.xml"], style, document)
    if office is None:
        writer = _Writer(document, style, numbering, texts["word/_rels/document.xml.rels"])
        writer.mirrored_rules = mirrored_rules(texts["word/styles.xml"])
    else:
        writer = _office_writer(document, style, office, numbering, ours_styles)
    body = writer.body()
    if office is not None:
        package, added = _office_package(
            document, style, office, writer, body, ours_styles, numbering
        )
    else:
        closing = (
            "<w:numIdMacAtCleanup" if "<w:numIdMacAtCleanup" in numbering else "</w:numbering>"
        )
        # Page numbers in the footer, as the PDF prints them (the DOCX had none: a trial).
        footer = digits = ""
        if style.page.numbers:
            footer = writer._new_relationship(_FOOTER, "footer1.xml")
            digits = _PAGE_DIGITS.get(language_or_default(document.language).digits, "")
        replaced = {
            "word/document.xml": _document_xml(
                texts["word/document.xml"], body, style, footer, digits
            ),
            "word/styles.xml": ours_styles,
            "word/numbering.xml": numbering.replace(closing, "".join(writer.numbers) + closing, 1),
            "word/_rels/document.xml.rels": texts["word/_rels/document.xml.rels"].replace(
                "</Relationships>", "".join(writer.relationships) + "</Relationships>", 1
            ),
            "docProps/core.xml": _core_xml(document),
            "docProps/app.xml": _app_xml(document),
        }
        added = _added_parts(writer)
        content_types = texts["[Content_Types].xml"]
        if added:
            content_types = _content_types(content_types, writer)
        if footer:
            added.append(("word/footer1.xml", _footer_xml(document).encode("utf-8")))
            override = f'<Override PartName="/word/footer1.xml" ContentType="{_FOOTER_TYPE}"/>'
            content_types = content_types.replace("</Types>", override + "</Types>", 1)
        replaced["[Content_Types].xml"] = content_types
        package = [
            (info, replaced[info.filename].encode("utf-8") if info.filename in replaced else data)
            for info, data in parts
        ]
    if style.review.track_revisions:
        package = [
            (info, track_revisions(data.decode("utf-8")).encode("utf-8"))
            if info.filename == "word/settings.xml"
            else (info, data)
            for info, data in package
        ]
    _add_record(document, style, writer, package, added)
    # Open comments (when the style includes them) are added by python-docx afterwards.
    buffer = io.BytesIO() if document.comments else None
    target: BinaryIO = out if buffer is None else buffer
    stamp = parts[0][0].date_time
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zipped:
        for info, data in package:
            entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            zipped.writestr(entry, data)
        for name, data in added:
            zipped.writestr(
                zipfile.ZipInfo(name, date_time=stamp), data, compress_type=zipfile.ZIP_DEFLATED
            )
    if buffer is not None:
        from editor.render.docx_comments import add_word_comments

        out.write(add_word_comments(buffer.getvalue(), document, frozenset(writer.not_stored)))


def _add_record(
    document: Document,
    style: HouseStyle,
    writer: _Writer,
    package: list[tuple[zipfile.ZipInfo, bytes]],
    added: list[tuple[str, bytes]],
) -> None:
    """Add the article's own record (so that the DOCX imports back to the same article)."""
    record = writer.recorder.record(document, style.fonts.monospace)
    if record is None:
        return
    source_id = document.source.id if document.source else ""
    number = record_number([info.filename for info, _ in package] + [name for name, _ in added])
    parts = record_parts(record, source_id, number)
    added.extend((name, text.encode("utf-8")) for name, text in parts.items())
    writer.next_rel += 1
    relationship = relationship_to_record(f"rId{writer.next_rel}", number)
    for index, (info, data) in enumerate(package):
        if info.filename == "word/_rels/document.xml.rels":
            text = data.decode("utf-8").replace(
                "</Relationships>", relationship + "</Relationships>", 1
            )
            package[index] = (info, text.encode("utf-8"))
        elif info.filename == "[Content_Types].xml":
            text = content_types_with_record(data.decode("utf-8"), number)
            package[index] = (info, text.encode("utf-8"))


def _office_writer(
    document: Document, style: HouseStyle, office: OfficeTemplate, numbering: str, styles: str
) -> _Writer:
    """Return a writer naming the office template's styles, its ids past the template's."""
    from editor.render.docx_office import DOCUMENT_RELS

    # The writer's list and relationship ids start past the office's own.
    office_numbering = office.text("word/numbering.xml")
    writer = _Writer(document, style, office_numbering or numbering, office.text(DOCUMENT_RELS))
    writer.style_ids = dict(style.style_map)
    office_styles = office.text("word/styles.xml")
    writer.mirrored_rules = mirrored_rules(office_styles + styles, writer.style_ids)
    notes = office.text("word/footnotes.xml")
    ids = [int(found) for found in re.findall(r'<w:footnote\b[^>]*w:id="(-?\d+)"', notes)]
    writer.footnote_offset = max([0, *ids])
    writer.media_prefix = "newsdesk-image"
    return writer


def _office_package(
    document: Document,
    style: HouseStyle,
    office: OfficeTemplate,
    writer: _Writer,
    body: str,
    ours_styles: str,
    ours_numbering: str,
) -> tuple[list[tuple[zipfile.ZipInfo, bytes]], list[tuple[str, bytes]]]:
    """Return the office template's parts holding the article, and the parts to add.

    ``ours_numbering``: the reference template's numbering part (its list definitions).
    """
    from editor.render import docx_office
    from editor.render.docx_office import DOCUMENT_RELS

    names = office.names
    relationships = list(writer.relationships)
    added: list[tuple[str, bytes]] = []
    office_numbering = office.text("word/numbering.xml")  # "" when it has none
    numbering = docx_office.numbering_xml(office_numbering, ours_numbering, writer.numbers)
    numbering_added = not office_numbering and bool(writer.numbers)
    if numbering_added:
        writer.next_rel += 1
        relationships.append(docx_office.numbering_relationship(writer.next_rel))
        added.append(("word/numbering.xml", numbering.encode("utf-8")))
    used = list(writer.used_styles)
    replaced = {
        "word/document.xml": docx_office.document_xml(office.text("word/document.xml"), body),
        "word/styles.xml": docx_office.styles_xml(
            office.text("word/styles.xml"), ours_styles, used, writer.style_ids
        ),
        DOCUMENT_RELS: office.text(DOCUMENT_RELS).replace(
            "</Relationships>", "".join(relationships) + "</Relationships>", 1
        ),
        "docProps/core.xml": _core_xml(document),
        "docProps/app.xml": _app_xml(document),
        "_rels/.rels": docx_office.package_relationships(office.text("_rels/.rels")),
    }
    if office_numbering:
        replaced["word/numbering.xml"] = numbering
    for name in ("docProps/core.xml", "docProps/app.xml"):
        if name not in names:
            added.append((name, replaced.pop(name).encode("utf-8")))
    for name, data in _added_parts(writer):
        if name == "word/footnotes.xml" and "word/footnotes.xml" in names:
            # The office's notes part (its separators) takes the article's notes.
            notes = office.text(name).replace(
                "</w:footnotes>", "".join(writer.footnotes) + "</w:footnotes>", 1
            )
            replaced[name] = notes
        elif name in names:
            continue  # the office's own part of that name (its footnotes' links) stays
        else:
            added.append((name, data))
    content_types = docx_office.content_types(
        office.text("[Content_Types].xml"), numbering=numbering_added
    )
    replaced["[Content_Types].xml"] = _content_types(content_types, writer)
    package = [
        (info, replaced[info.filename].encode("utf-8") if info.filename in replaced else data)
        for info, data in office.parts
    ]
    return package, added
