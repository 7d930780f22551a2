"""Print layout: the document tree laid out by QtGui (QTextDocument) on a QPrinter.

File › Print paints through here (``paint`` on a QPrinter). The PDF export is Typst's
(editor/render/pdf_typst.py): Qt's PDF text layer holds Arabic presentation forms and Latin
ligature code points, and a line at a page break is drawn on both pages.

The QTextDocument is built from HTML the tree renders for Qt's rich-text subset; Qt shapes
Arabic (HarfBuzz) and lays out each block in the direction the tree gives it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from editor.render.bidi import runs_direction
from editor.render.html import inline_html
from editor.render.styles import HouseStyle
from editor.render.tree import (
    Block,
    BlockQuote,
    CodeBlock,
    Document,
    Heading,
    Inline,
    List,
    Paragraph,
    Rule,
    Table,
    Text,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice


class _QtHtml:
    """Renders the tree as HTML in the subset QTextDocument understands."""

    def __init__(self, document: Document, style: HouseStyle, dpi: int = 96) -> None:
        self.document = document
        self.style = style
        self.out: list[str] = []
        # Qt's rich text measures margins in device pixels; the PDF writer's are 1/dpi inch.
        self.indent = round(dpi * 0.4)  # about 10 mm

    def _font(self, spans: tuple[Inline, ...], direction: str) -> str:
        # By the block's own words, not its layout: an English headline set right to left
        # keeps the Latin font for its digits, commas and spaces, and that font's line height.
        fonts = self.style.fonts
        rtl = (runs_direction(spans) or direction) == "rtl"
        first, second = (fonts.complex, fonts.latin) if rtl else (fonts.latin, fonts.complex)
        return f"font-family: '{first}', '{second}';"

    def block_tag(
        self,
        tag: str,
        spans: tuple[Inline, ...],
        direction: str,
        size: float,
        extra: str = "",
    ) -> None:
        """Append one block element holding inline spans."""
        # No text-align for ordinary blocks: Qt aligns to the block's leading edge by itself
        # (its "right" would be mirrored in a right-to-left block).
        style = f"{self._font(spans, direction)} font-size: {size:g}pt; {extra}".rstrip()
        self.out.append(f'<{tag} dir="{direction}" style="{style}">')
        inline_html(spans, self.out)
        self.out.append(f"</{tag}>\n")

    def block(self, block: Block, quote: bool = False) -> None:
        """Append one block of a section body."""
        sizes = self.style.sizes
        if type(block) is Paragraph:
            extra = (
                f"margin-left: {self.indent}px; margin-right: {self.indent}px;" if quote else ""
            )
            size = sizes.quote if quote else sizes.body
            self.block_tag("p", block.children, block.direction, size, extra)
        elif type(block) is Heading:
            self.block_tag("p", block.children, block.direction, sizes.body, "font-weight: bold;")
        elif type(block) is BlockQuote:
            for inner in block.blocks:
                self.block(inner, quote=True)
            if block.attribution is not None:
                attribution = block.attribution
                self.block_tag(
                    "p",
                    attribution.children,
                    attribution.direction,
                    sizes.attribution,
                    f"margin-left: {self.indent}px; margin-right: {self.indent}px; "
                    "font-style: italic;",
                )
        elif type(block) is List:
            tag = "ol" if block.ordered else "ul"
            start = f' start="{block.start}"' if block.ordered else ""
            self.out.append(f'<{tag}{start} dir="{block.direction}">\n')
            for item in block.items:
                self.out.append(f'<li dir="{item.direction}">')
                for inner in item.blocks:
                    if type(inner) is Paragraph:
                        self.out.append(
                            f'<span style="{self._font(inner.children, inner.direction)} '
                            f'font-size: {sizes.body:g}pt;">'
                        )
                        inline_html(inner.children, self.out)
                        self.out.append("</span>")
                    else:
                        self.block(inner, quote)
                self.out.append("</li>\n")
            self.out.append(f"</{tag}>\n")
        elif type(block) is CodeBlock:
            mono = self.style.fonts.monospace
            self.out.append(
                f"<pre style=\"font-family: '{mono}'; font-size: {sizes.body:g}pt;\">"
                f"{escape(block.text, quote=False)}</pre>\n"
            )
        elif type(block) is Rule:
            self.out.append("<hr>\n")
        elif type(block) is Table:
            # Minimal (print only; the PDF export is Typst's): a row a paragraph, cells apart.
            for row in (block.header, *block.rows):
                spans: list[Inline] = []
                for index, cell in enumerate(row):
                    if index:
                        spans.append(Text(" | "))
                    spans.extend(cell.children)
                self.block_tag("p", tuple(spans), block.direction, sizes.body)

    def render(self) -> str:
        """Return the whole document as Qt rich-text HTML."""
        document, sizes = self.document, self.style.sizes
        if document.embargo is not None:
            embargo = document.embargo
            self.block_tag(
                "p",
                embargo.children,
                embargo.direction,
                sizes.body,
                "font-weight: bold; color: #990000;",
            )
        if document.opening is not None:
            self.block_tag(
                "p",
                document.opening.children,
                document.opening.direction,
                sizes.opening,
                "text-align: center;",
            )
        self.block_tag(
            "p",
            document.title.children,
            document.title.direction,
            sizes.title,
            "font-weight: bold;",
        )
        if document.standfirst is not None:
            standfirst = document.standfirst
            self.block_tag(
                "p",
                standfirst.children,
                standfirst.direction,
                sizes.standfirst,
                "font-weight: bold;",
            )
        for section in document.sections:
            if section.label is not None:
                self.block_tag(
                    "p",
                    section.label.children,
                    section.label.direction,
                    sizes.label,
                    "font-weight: bold;",
                )
            for block in section.blocks:
                self.block(block)
        for note in document.notes:
            # Minimal: the notes at the end of the article, each after its number.
            self.out.append(f"<p>{note.number}</p>\n")
            for block in note.blocks:
                self.block(block)
        if document.credit is not None:
            credit = document.credit
            # Upright in a right-to-left credit, as every other format sets it.
            style = "" if credit.direction == "rtl" else "font-style: italic;"
            self.block_tag("p", credit.children, credit.direction, sizes.credit, style)
        if document.metadata is not None:
            metadata = document.metadata
            self.block_tag(
                "p", metadata.line(), metadata.direction, sizes.metadata, "color: #555555;"
            )
        if document.corrections is not None:
            corrections = document.corrections
            heading = corrections.heading
            self.block_tag(
                "p", heading.children, heading.direction, sizes.label, "font-weight: bold;"
            )
            for correction in corrections.entries:
                self.block_tag("p", correction.children, correction.direction, sizes.metadata)
        # Qt's rich text does not know <bdi>; a span keeps the text, the bidi algorithm the rest.
        body = "".join(self.out).replace("<bdi ", "<span ").replace("</bdi>", "</span>")
        return f"<html><body>{body}</body></html>"


def qt_html(document: Document, style: HouseStyle, dpi: int = 96) -> str:
    """Return the document as HTML in the subset Qt's QTextDocument understands."""
    return _QtHtml(document, style, dpi).render()


def set_up_page(style: HouseStyle, device: QPagedPaintDevice) -> None:
    """Give a PDF writer or a printer the house style's page size and margins."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    page = style.page
    device.setPageSize(
        QPageSize(QSizeF(page.width_mm, page.height_mm), QPageSize.Unit.Millimeter, "")
    )
    device.setPageMargins(
        QMarginsF(page.margin_left, page.margin_top, page.margin_right, page.margin_bottom),
        QPageLayout.Unit.Millimeter,
    )


def paint(document: Document, style: HouseStyle, device: QPagedPaintDevice) -> None:
    """Lay the document out on a paged device's pages and paint it there, page by page.

    For printing (a QPrinter, which Qt's print support makes a paged device), on whatever
    page size and margins the device has been given; a QPdfWriter works the same way.
    """
    from PySide6.QtCore import QSizeF, Qt
    from PySide6.QtGui import QFont, QTextDocument, QTextOption

    # Printing runs in the editor, which has a QApplication.
    dpi = device.logicalDpiX()
    text = QTextDocument()
    text.setDefaultFont(QFont(style.fonts.latin, round(style.sizes.body)))
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft
        if document.direction == "rtl"
        else Qt.LayoutDirection.LeftToRight
    )
    text.setDefaultTextOption(option)
    # Lay text out with the device's own resolution, so points are points on the page.
    text.documentLayout().setPaintDevice(device)
    text.setHtml(qt_html(document, style, dpi))
    # A document without a page size gets a 2 cm margin of Qt's own on top of the page
    # margins; paginate it to the device's printable area so the style's margins are exact.
    text.setDocumentMargin(0)
    text.setPageSize(QSizeF(device.pageLayout().paintRectPixels(dpi).size()))
    text.print_(device)
