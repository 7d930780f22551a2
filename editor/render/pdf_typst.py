"""PDF writer: the document tree typeset by Typst (the ``typst`` wheel), offline, searchable.

Why Typst. Measured on one machine (2 shared cores): whole-process export of
benchmarks/export.py's 5,000-word article (best of a few runs), PDF size, and the text
layer ``pdftotext`` gives of the Arabic sample resources/samples/water-plan-ar.txt (139
distinct Arabic words, marks dropped on both sides):

=========== ======= ====== =========================================================
engine      time    size   text layer
=========== ======= ====== =========================================================
Qt (before) 0.24 s  91 KB  3/139 words as typed; 597 presentation forms; 280 Latin
                           ligature code points (the English article); the line at
                           a page break drawn, and extracted, twice
WeasyPrint  1.11 s  51 KB  119/139; no presentation forms, no ligature code points
Typst       0.17 s  157 KB 114/139 (119 once a marked letter's doubling is undone);
                           none either; tagged PDF, /Lang, title, outline
LibreOffice 1.0 s   85 KB  118/139 (Newsdesk's DOCX → PDF: the reference)
=========== ======= ====== =========================================================

Misses shared by every engine are pdftotext's: the 18 words with a lam ligature come back
with the ligature's two letters reversed, 2 words with marks come back split in two. One
is Typst's own: a letter carrying a mark (shadda, tanwin: "كيلومترًا", "أقرّت") maps both
its glyphs to the cluster, so it is copied twice ("أقّرّرت"; typst/typst#4225 and kin);
5 words of this sample. ``searchable`` corrects that (editor/render/pdf_text.py): counted
with their marks, Typst's PDF then gives 121 of the 139 words as typed (113 before; 116
for LibreOffice's PDF), the 18 misses pdftotext's lam ligatures. (3 words were cut where
a mark sits more than 0.5 pt off its letter's line, which pdftotext makes a word of its
own, in LibreOffice's PDF too; the pass puts such a mark's text on the line.) WeasyPrint's
text layer is the best, and it would share the HTML export's CSS, but it is slower than
LibreOffice (the target is ≤ 0.5× LibreOffice's DOCX → PDF) and needs Pango, HarfBuzz and
GLib, which the bundle leaves out on purpose (packaging/newsdesk.spec, GTK_STACK). Typst
is one self-contained native module (its own shaper, PDF writer and fallback fonts; 84 MB
unstripped), needs no network (the markup it is given imports no package and reads no
file: every text is a string literal), and writes ``/Lang``, the title and a tagged
structure.

The layout follows resources/templates/article.css, so the PDF and the HTML look like one
design: line pitch 1.55× the font size in every script (each line box exactly 1 em, the
leading the rest), 1 em between paragraphs, the headline at 1.2, a quotation's rule on its
start side. File › Print keeps Qt's layout (editor/render/pdf.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from editor.render.bidi import runs_direction, split_isolates
from editor.render.errors import RenderError
from editor.render.styles import HouseStyle
from editor.render.tree import (
    Block,
    BlockQuote,
    Code,
    CodeBlock,
    Document,
    Emphasis,
    Footnote,
    FootnoteRef,
    Heading,
    Image,
    Inline,
    InlineBlock,
    InlineQuote,
    Isolate,
    LineBreak,
    Link,
    List,
    MissingQuote,
    Node,
    Paragraph,
    Rule,
    Strike,
    Strong,
    Table,
    TableCell,
    Text,
)
from editor.text.languages import language_or_default

if TYPE_CHECKING:
    from collections.abc import Iterable

# Typst string literals: a backslash and a quote escaped, control characters as \u{…}.
_STRING = {code: f"\\u{{{code:x}}}" for code in range(0x20)}
_STRING.update({ord("\\"): "\\\\", ord('"'): '\\"'})
_TEXT = dict(_STRING)
# Running text: line ends and tabs are spaces (a browser collapses them the same way).
_TEXT.update({ord("\n"): " ", ord("\r"): " ", ord("\t"): " "})
_SPACES = re.compile(r"[ \t\n\r\f]{2,}")
# Digits joined by single separators ("2026-12-05", "12:30", "3.5", "1/2"): the bidi
# algorithm makes them one left-to-right number (rule W4), as browsers and office suites
# show them; Typst 0.15 shows their pieces in reverse in a right-to-left paragraph
# ("05-12-2026"). Set in a box of their own they keep their order.
_JOINED_NUMBER = re.compile(r"[0-9\u06f0-\u06f9]+(?:[-+/.:,][0-9\u06f0-\u06f9]+)+")
_LANGUAGE = re.compile(r"([a-zA-Z]{2,3})(?:[-_][a-zA-Z]{4})?(?:[-_]([a-zA-Z]{2}))?(?:[-_].*)?")
# The language file's digits -> Typst's numbering pattern for page numbers.
_DIGITS = {"arabic-indic": "١", "extended-arabic-indic": "۱"}
# Typst stops at a layout depth of about 32 nested blocks and 64 nested show rules; past
# these the words are written without more quotation rules, list indents or emphasis (the
# body parser has reported the nesting already: MAX_NESTING).
MAX_BLOCK_DEPTH = 12
MAX_INLINE_DEPTH = 24
# Fields of an unknown node that hold words a reader sees (not a URL, a language, an id).
_TEXT_FIELDS = frozenset({"text", "alt", "caption", "title", "label"})
_INLINE_TYPES = frozenset(
    {
        Text,
        Isolate,
        Emphasis,
        Strong,
        Code,
        Link,
        LineBreak,
        InlineQuote,
        MissingQuote,
        Strike,
        Image,
        FootnoteRef,
    }
)
_ALIGNMENTS = {"left": "left", "center": "center", "right": "right"}
# Article.css measures in rem (12 pt) and em; Typst in points.
_REM = 12.0


def _string(text: str) -> str:
    """Return text as a Typst string literal."""
    return '"' + text.translate(_STRING) + '"'


def _text(text: str) -> str:
    """Return running text as Typst markup that shows exactly its characters."""
    return '#"' + _SPACES.sub(" ", text).translate(_TEXT) + '"'


def _numbers_kept(text: str) -> str:
    """Return right-to-left running text as markup whose joined numbers keep their order."""
    pieces, last = [], 0
    for number in _JOINED_NUMBER.finditer(text):
        if number.start() > last:
            pieces.append(_text(text[last : number.start()]))
        pieces.append(f"#box(text(dir: ltr, {_string(number.group())}))")
        last = number.end()
    if last < len(text):
        pieces.append(_text(text[last:]))
    return "".join(pieces)


def _lang(language: str) -> tuple[str, str]:
    """Return Typst's ``lang`` and ``region`` for a BCP 47 tag ("" when there is none)."""
    match = _LANGUAGE.fullmatch(language or "")
    if match is None:
        return "", ""
    return match.group(1).lower(), (match.group(2) or "").upper()


class _Typst:
    """Writes the tree as Typst markup, part by part, in reading order."""

    def __init__(self, document: Document, style: HouseStyle) -> None:
        self.document = document
        self.style = style
        self.out: list[str] = []
        fonts = style.fonts
        self.ltr_fonts = f"({_string(fonts.latin)}, {_string(fonts.complex)})"
        self.rtl_fonts = f"({_string(fonts.complex)}, {_string(fonts.latin)})"
        # What the markup written so far has set: direction, language, right-to-left fonts.
        self.context = (document.direction, document.language, document.direction == "rtl")
        self.saved: list[tuple[str, str, bool]] = []
        self.depth = 0  # quotations and lists around the block being written
        self.inline_depth = 0
        # The images the markup shows, as files of the project root: name -> (file, bytes).
        self.files: dict[str, tuple[str, bytes]] = {}

    # --- inline ------------------------------------------------------------------------

    def inline(self, spans: tuple[Inline, ...]) -> None:
        """Append inline spans as Typst markup."""
        out = self.out
        for span in spans:
            if type(span) is Isolate and span.direction != self.context[0]:
                # Text of the other direction as Typst isolates it: its own direction set
                # inline (no isolate marks, which would end up in the text layer). As plain
                # text a closing mark after it took the line's direction: "«check the
                # name «Rana" at the end of an Arabic line (found in a trial).
                out.append(f"#text(dir: {span.direction})[{_text(span.text)}]")
            elif type(span) is Text or type(span) is Isolate:
                text = span.text
                if self.context[0] == "rtl" and _JOINED_NUMBER.search(text):
                    out.append(_numbers_kept(text))
                else:
                    out.append(_text(text))
            elif type(span) is Emphasis:
                self.wrapped("#emph[", span.children, "]")
            elif type(span) is Strong:
                self.wrapped("#strong[", span.children, "]")
            elif type(span) is Code:
                out.append(f"#raw({_string(span.text)})")
            elif type(span) is Link:
                self.wrapped(f"#link({_string(span.href)})[", span.children, "]")
            elif type(span) is LineBreak:
                out.append("#linebreak()")
            elif type(span) is InlineQuote:
                out.append(_text(span.open_mark))
                self.inline(span.children)
                out.append(_text(span.close_mark))
            elif type(span) is MissingQuote:
                out.append(f"#missing({_string(span.text)})")
            elif type(span) is Strike:
                self.wrapped("#strike[", span.children, "]")
            elif type(span) is FootnoteRef:
                out.append(f"#super[{span.number}]")
            elif type(span) is Image:
                out.append(self.image(span, "height: 1.2em"))
            else:
                self.unknown(span)

    def image(self, image: Image, size: str) -> str:
        """Return an image's markup (its file written beside the markup), else its words."""
        asset = self.document.image(image.name)
        if asset is None:
            return _text(image.alt)
        found = self.files.get(image.name)
        if found is None:
            from editor.model.images import EXTENSIONS

            file_name = f"image-{len(self.files) + 1}.{EXTENSIONS[asset.media_type]}"
            found = self.files[image.name] = (file_name, asset.data)
        alt = _string(image.alt or image.title)
        return f'#box(image("{found[0]}", {size}, alt: {alt}))'

    def figure(self, block: Paragraph, image: Image) -> None:
        """Append an image alone in its paragraph: the text's width at most, its caption."""
        caption = image.alt or image.title
        if self.document.image(image.name) is None:
            self.inline_block(block.children, block.direction, block.language)
            return
        markup = self.image(image, "width: auto").removeprefix("#box(").removesuffix(")")
        rules = self.enter(None, block.direction, block.language)
        # Unnumbered, as in the HTML and the DOCX ("Figure 1:" is no word of the article).
        self.out.append(
            f"#[{rules}#figure({markup}, caption: {_string(caption)}, numbering: none)]\n\n"
        )
        self.leave()

    def wrapped(self, opening: str, children: tuple[Inline, ...], closing: str) -> None:
        """Append spans inside a Typst call; past Typst's nesting limit, the words alone."""
        if self.inline_depth >= MAX_INLINE_DEPTH:
            self.inline(children)
            return
        self.inline_depth += 1
        self.out.append(opening)
        self.inline(children)
        self.out.append(closing)
        self.inline_depth -= 1

    def unknown(self, node: Any) -> None:
        """Append the words of a node this writer does not know (nothing lost in silence).

        A node type added to the tree after this writer (a table, a footnote) still shows
        its text: its fields in order, text fields written, nodes and tuples of them (rows
        of cells) walked, each block a paragraph.
        """
        for name in getattr(node, "_fields", ()):
            value = getattr(node, name, None)
            if isinstance(value, str):
                if name in _TEXT_FIELDS:
                    self.out.append(_text(value) + " ")
            elif isinstance(value, Node):
                self.unknown_child(value)
            elif isinstance(value, tuple):
                for item in value:
                    if isinstance(item, Node | tuple):
                        self.unknown_child(item)

    def unknown_child(self, child: Any) -> None:
        """Append one part of an unknown node: inline as inline, a block as a paragraph."""
        if isinstance(child, tuple):
            for item in child:
                if isinstance(item, Node | tuple):
                    self.unknown_child(item)
            self.out.append("\n\n")
        elif type(child) in _INLINE_TYPES:
            self.inline((child,))
        elif isinstance(child, Paragraph | Heading | BlockQuote | List | CodeBlock | Rule):
            self.out.append("\n\n")
            self.block(child)
        elif isinstance(child, InlineBlock):
            self.out.append("\n\n")
            self.inline_block(child.children, child.direction, child.language)
        else:
            self.unknown(child)

    # --- blocks --------------------------------------------------------------------------

    def enter(self, spans: tuple[Inline, ...] | None, direction: str, language: str) -> str:
        """Return the set rules a block needs where it differs from what is set around it.

        ``spans`` None: a quotation or a list, whose font is its paragraphs' business.
        The caller writes them inside ``#[…]`` and calls ``leave`` with what this returned.
        """
        current_direction, current_language, current_rtl = self.context
        # Only ever one of Typst's two words: the value goes into the markup as code.
        direction = "rtl" if direction == "rtl" else "ltr"
        rules = []
        if direction != current_direction:
            rules.append(f"dir: {direction}")
        if language and language != current_language:
            lang, region = _lang(language)
            if lang:
                rules.append(f'lang: "{lang}", region: ' + (f'"{region}"' if region else "none"))
        else:
            language = current_language
        rtl = current_rtl
        if spans is not None:
            # The font by the block's own words, not its layout: an English headline set
            # right to left keeps the Latin font for its digits, commas and spaces.
            rtl = (runs_direction(spans) or direction) == "rtl"
            if rtl != current_rtl:
                rules.append(f"font: {self.rtl_fonts if rtl else self.ltr_fonts}")
        self.saved.append(self.context)
        self.context = (direction, language, rtl)
        return f"#set text({', '.join(rules)});" if rules else ""

    def leave(self) -> None:
        """Return to the settings around the block just written."""
        self.context = self.saved.pop()

    def inline_block(
        self,
        spans: tuple[Inline, ...],
        direction: str,
        language: str,
        call: str = "",
    ) -> None:
        """Append a paragraph-like block: its own settings, then its spans in ``call``."""
        out = self.out
        rules = self.enter(spans, direction, language)
        if rules:
            out.append(f"#[{rules}")
        if call:
            out.append(f"#{call}[")
        self.inline(spans)
        if call:
            out.append("]")
        if rules:
            out.append("]")
        out.append("\n\n")
        self.leave()

    def blocks(self, blocks: Iterable[Block]) -> None:
        """Append the blocks of a section body (or of a quotation or list item)."""
        for block in blocks:
            self.block(block)

    def block(self, block: Block) -> None:
        """Append one block of a section body."""
        out = self.out
        if type(block) is Paragraph:
            if len(block.children) == 1 and type(block.children[0]) is Image:
                self.figure(block, block.children[0])
                return
            self.inline_block(block.children, block.direction, block.language)
        elif type(block) is Table:
            self.table(block)
        elif type(block) is Heading:
            level = min(block.level + 2, 6)
            self.inline_block(
                block.children, block.direction, block.language, f"heading(level: {level})"
            )
        elif type(block) is BlockQuote:
            self.quotation(block)
        elif type(block) is List:
            self.list(block)
        elif type(block) is CodeBlock:
            out.append(f"#code({_string(block.text)})\n\n")
        elif type(block) is Rule:
            out.append("#rule\n\n")
        else:
            self.unknown(block)
            out.append("\n\n")

    def quotation(self, block: BlockQuote) -> None:
        """Append a block quotation: a rule on its start side, then its attribution."""
        out = self.out
        # Past Typst's layout depth the words go on without more rules and indents.
        nested = self.depth < MAX_BLOCK_DEPTH
        rules = self.enter(None, block.direction, block.language)
        side = "right" if block.direction == "rtl" else "left"
        out.append(f'#[{rules}#quotation("{side}")[' if nested else f"#[{rules}")
        self.depth += 1
        self.blocks(block.blocks)
        if block.attribution is not None:
            attribution = block.attribution
            self.inline_block(
                attribution.children, attribution.direction, attribution.language, "attribution"
            )
        self.depth -= 1
        out.append("]]\n\n" if nested else "]\n\n")
        self.leave()

    def table(self, table: Table) -> None:
        """Append a table: a header row, the cells aligned, laid out in its direction.

        In a right-to-left table Typst puts the first column on the right, as the HTML's
        ``dir`` does.
        """
        columns = max([len(table.header), *(len(row) for row in table.rows)], default=1)
        alignments = [
            _ALIGNMENTS.get(table.alignments[index], "start")
            if index < len(table.alignments)
            else "start"
            for index in range(columns)
        ]
        rules = self.enter(None, table.direction, table.language)
        header = ", ".join(self.cell(cell, table, bold=True) for cell in table.header)
        cells = [header and f"table.header({header})"]
        for row in table.rows:
            cells.extend(self.cell(cell, table) for cell in row)
            cells.extend("[]" for _ in range(columns - len(row)))
        self.out.append(
            f"#[{rules}#table(columns: {columns}, align: ({', '.join(alignments)},), "
            f'stroke: 0.5pt + rgb("#999999"), inset: 0.4em, '
            f"{', '.join(cell for cell in cells if cell)})]\n\n"
        )
        self.leave()

    def cell(self, cell: TableCell, table: Table, bold: bool = False) -> str:
        """Return one cell of a table as markup, its font by its own words."""
        outer, self.out = self.out, []
        rules = self.enter(cell.children, table.direction, table.language)
        self.out.append(f"[{rules}" + ("#strong[" if bold else ""))
        self.inline(cell.children)
        self.out.append(("]" if bold else "") + "]")
        self.leave()
        markup, self.out = "".join(self.out), outer
        return markup

    def notes(self, notes: tuple[Footnote, ...]) -> None:
        """Append the footnotes at the end of the article, after a short rule, numbered."""
        out = self.out
        out.append(f'#v({_REM:g}pt)#line(length: 30%, stroke: 0.5pt + rgb("#999999"))\n\n')
        for note in notes:
            rules = self.enter(None, note.direction, note.language)
            out.append(
                f"#[{rules}#set text(size: {self.style.sizes.metadata + 1:g}pt);"
                f"#grid(columns: (1.5em, 1fr), [#super[{note.number}]], ["
            )
            self.blocks(note.blocks)
            out.append("])]\n\n")
            self.leave()

    def list(self, block: List) -> None:
        """Append a list, each item one Typst list item (its paragraphs tight when one)."""
        out = self.out
        nested = self.depth < MAX_BLOCK_DEPTH
        rules = self.enter(None, block.direction, block.language)
        call = f"enum(start: {block.start}, " if block.ordered else "list("
        out.append(f"#[{rules}#{call}tight: true" if nested else f"#[{rules}")
        self.depth += 1
        for number, item in enumerate(block.items, start=block.start):
            out.append(", [" if nested else "#[")
            if not nested:
                out.append(_text(f"{number}. " if block.ordered else "• "))
            if len(item.blocks) == 1 and type(item.blocks[0]) is Paragraph:
                paragraph = item.blocks[0]
                item_rules = self.enter(paragraph.children, item.direction, item.language)
                out.append(item_rules)
                self.inline(paragraph.children)
                self.leave()
            else:
                item_rules = self.enter(None, item.direction, item.language)
                out.append(item_rules)
                self.blocks(item.blocks)
                self.leave()
            out.append("]" if nested else "]\n\n")
        self.depth -= 1
        out.append(")]\n\n" if nested else "]\n\n")
        self.leave()

    # --- the whole document --------------------------------------------------------------

    def preamble(self) -> None:
        """Append the document settings: properties, page, fonts, and the parts' looks."""
        document, style = self.document, self.style
        sizes, page, fonts = style.sizes, style.page, style.fonts
        lang, region = _lang(document.language)
        title = " ".join(document.headline.split()) or "Untitled article"
        properties = [f"title: {_string(title)}"]
        if document.author:
            properties.append(f"author: ({_string(document.author)},)")
        if document.tags:
            properties.append(f"keywords: ({''.join(_string(t) + ', ' for t in document.tags)})")
        digits = _DIGITS.get(language_or_default(document.language).digits, "1")
        footer = "none"
        if page.numbers:
            footer = (
                f"context align(center, text(size: {sizes.metadata:g}pt, fill: rgb(85, 85, 85),"
                f' counter(page).display("{digits}")))'
            )
        text = [
            f"font: {self.rtl_fonts if document.direction == 'rtl' else self.ltr_fonts}",
            f"size: {sizes.body:g}pt",
            f"dir: {'rtl' if document.direction == 'rtl' else 'ltr'}",
            # Every line box exactly 1 em, whatever the font's own ascent: the leading makes
            # the pitch 1.55 em, as the CSS's line-height does, in Arabic as in Latin.
            "top-edge: 0.8em",
            "bottom-edge: -0.2em",
            'fill: rgb("#1a1a1a")',
        ]
        if lang:
            text.append(f'lang: "{lang}"')
            if region:
                text.append(f'region: "{region}"')
        margins = (
            f"top: {page.margin_top:g}mm, right: {page.margin_right:g}mm, "
            f"bottom: {page.margin_bottom:g}mm, left: {page.margin_left:g}mm"
        )
        mono = _string(fonts.monospace)
        # The CSS's margins plus the half-leading a browser puts above and below a line.
        title_below = 0.75 * _REM + 0.1 * sizes.title
        label_above = 1.5 * _REM + 0.275 * sizes.label
        label_below = 0.5 * _REM + 0.275 * sizes.label
        self.out.append(
            f"#set document({', '.join(properties)})\n"
            f"#set page(width: {page.width_mm:g}mm, height: {page.height_mm:g}mm, "
            f"margin: ({margins}), footer: {footer})\n"
            f"#set text({', '.join(text)})\n"
            "#set par(leading: 0.55em, spacing: 1.55em)\n"
            '#show heading: set text(weight: "bold")\n'
            f"#show heading.where(level: 1): set text(size: {sizes.title:g}pt)\n"
            "#show heading.where(level: 1): set par(leading: 0.2em)\n"
            f"#show heading.where(level: 1): set block(above: 0pt, below: {title_below:g}pt)\n"
            f"#show heading.where(level: 2): set text(size: {sizes.label:g}pt)\n"
            f"#show heading.where(level: 2): set block(above: {label_above:g}pt, "
            f"below: {label_below:g}pt)\n"
            f"#show heading.where(level: 3): set text(size: {1.17 * sizes.body:g}pt)\n"
            f"#show heading: set block(above: 1.55em, below: 1.2em)\n"
            f"#show raw: set text(font: {mono}, size: {sizes.body:g}pt)\n"
            '#show link: set text(fill: rgb("#1a4f8b"))\n'
            # A figure and its caption at the start side, as the HTML and the DOCX have them.
            "#show figure: set align(start)\n"
            "#show figure.caption: set align(start)\n"
            f'#show figure.caption: set text(size: {sizes.metadata:g}pt, fill: rgb("#555555"))\n'
            "#show link: underline\n"
            # One helper per part look, so the body below stays small.
            # The rule spans the lines' half-leading too, as a CSS border does.
            "#let quotation(side, body) = block(width: 100%, inset: ((side): "
            f"{_REM:g}pt, y: {0.275 * sizes.quote:g}pt), "
            f'stroke: ((side): 2.25pt + rgb("#999999")), above: {_REM:g}pt, '
            f"below: {_REM:g}pt, {{set text(size: {sizes.quote:g}pt); body}})\n"
            f"#let attribution(body) = text(size: {sizes.attribution:g}pt, body)\n"
            "#let code(lines) = block(width: 100%, {set text(dir: ltr); set align(left); "
            "raw(block: true, lines)})\n"
            '#let rule = line(length: 100%, stroke: 0.5pt + rgb("#999999"))\n'
            '#let missing(words) = highlight(fill: rgb("#ffdddd"), '
            'strong(text(fill: rgb("#990000"), words)))\n'
        )

    def render(self) -> str:
        """Return the whole document as Typst markup."""
        document, sizes, out = self.document, self.style.sizes, self.out
        self.preamble()
        if document.embargo is not None:
            embargo = document.embargo
            self.inline_block(
                embargo.children,
                embargo.direction,
                embargo.language,
                'text(weight: "bold", fill: rgb("#990000"))',
            )
        if document.opening is not None:
            opening = document.opening
            out.append(f"#align(center, text(size: {sizes.opening:g}pt)[")
            self.inline_block(opening.children, opening.direction, opening.language)
            out.append("])\n\n")
        self.inline_block(
            document.title.children,
            document.title.direction,
            document.title.language,
            "heading(level: 1)",
        )
        if document.standfirst is not None:
            standfirst = document.standfirst
            self.inline_block(
                standfirst.children,
                standfirst.direction,
                standfirst.language,
                f'text(size: {sizes.standfirst:g}pt, weight: "semibold")',
            )
        for section in document.sections:
            if section.label is not None:
                label = section.label
                self.inline_block(
                    label.children, label.direction, label.language, "heading(level: 2)"
                )
            self.blocks(section.blocks)
        if document.notes:
            self.notes(document.notes)
        if document.credit is not None:
            credit = document.credit
            out.append(f"#v({2 * _REM:g}pt, weak: true)\n")
            self.inline_block(
                credit.children,
                credit.direction,
                credit.language,
                # Upright in a right-to-left credit: Arabic has no italic, and a Latin
                # name in it slanted alone (as HTML sets it, and the DOCX).
                f"text(size: {sizes.credit:g}pt, "
                f'style: "{"normal" if credit.direction == "rtl" else "italic"}")',
            )
        if document.metadata is not None:
            entries = _text(" · ").join(_text(entry.value) for entry in document.metadata.entries)
            out.append(f'#text(size: {sizes.metadata:g}pt, fill: rgb("#555555"))[{entries}]\n\n')
        if document.corrections is not None:
            corrections = document.corrections
            heading = corrections.heading
            self.inline_block(
                heading.children,
                heading.direction,
                heading.language,
                "heading(level: 2, outlined: false)",
            )
            for entry in corrections.entries:
                self.inline_block(
                    entry.children,
                    entry.direction,
                    entry.language,
                    f"text(size: {sizes.metadata + 1:g}pt)",
                )
        if document.comments:
            self.comments()
        return "".join(out)

    def comments(self) -> None:
        """Append the open review comments as an appendix (when the house style asks)."""
        out = self.out
        heading = _string(self.document.comments_heading)
        out.append(f"#heading(level: 2, outlined: false)[#{heading}]\n\n#enum(tight: false")
        direction = self.document.direction

        def said(text: str) -> tuple[Inline, ...]:
            # A reviewer's Latin name or words in an Arabic page (and the other way round)
            # isolated as the article's own are: "Chief Editor: تحقق من الاسم / check the
            # name «Rana»" came out with its last mark at the far end (a trial).
            return tuple(split_isolates(text, direction))

        for note in self.document.comments:
            out.append(", [")
            self.wrapped("#highlight[", said(note.visible), "]")
            self.wrapped("\\ #strong[", said(note.author or "?"), "]")
            out.append(": ")
            self.inline(said(note.text))
            for who, text, _created in note.replies:
                self.wrapped("\\ #emph[", said(who or "?"), "]")
                out.append(": ")
                self.inline(said(text))
            out.append("]")
        out.append(")\n\n")


def typst_source(document: Document, style: HouseStyle) -> str:
    """Return the document as Typst markup (every text a string literal; images aside)."""
    return _Typst(document, style).render()


@lru_cache(maxsize=1)
def _fonts() -> Any:
    """The fonts Typst finds: the system's, then its own embedded ones (once per process)."""
    import typst

    return typst.Fonts(include_system_fonts=True, include_embedded_fonts=True)


def missing_fonts(style: HouseStyle) -> tuple[str, ...]:
    """Return the house style's font families the PDF writer cannot find on this computer.

    The writer never fails on them: Typst sets their text in the next font of the list that
    has the letters (the other style font, then its own embedded fonts).
    """
    families = {family.casefold() for family in _fonts().families()}
    wanted = (style.fonts.latin, style.fonts.complex, style.fonts.monospace)
    return tuple(dict.fromkeys(name for name in wanted if name.casefold() not in families))


def pdf_bytes(document: Document, style: HouseStyle) -> bytes:
    """Return the document typeset as PDF bytes; RenderError if Typst cannot typeset it."""
    import tempfile

    import typst

    writer = _Typst(document, style)
    source = writer.render()
    # A folder of its own as the project root: the markup reads no file but the article's
    # images written there, and no package.
    with tempfile.TemporaryDirectory(prefix="newsdesk-pdf-") as root:
        for file_name, image_data in writer.files.values():
            (Path(root) / file_name).write_bytes(image_data)
        compiler = typst.Compiler(root=root, font_paths=_fonts())
        try:
            data, _warnings = compiler.compile_with_warnings(
                source.encode("utf-8"), format="pdf", timestamp=_timestamp(document)
            )
        except typst.TypstError as failure:
            raise RenderError(f"the PDF could not be typeset: {failure.message}") from None
    if not isinstance(data, bytes):
        raise RenderError("the PDF could not be typeset: Typst returned no document")
    return searchable(data, source)


def searchable(data: bytes, source: str) -> bytes:
    """Return Typst's PDF with each letter carrying a mark copied once (pdf_text).

    Never a failure of the export: a file that cannot be corrected keeps Typst's text layer,
    where such a letter is copied twice and every other word as typed.
    """
    from editor.render.pdf_text import TextLayerError, has_marks, separate_marks

    if not has_marks(source):
        return data  # no cluster to correct: the pass and its reading of the file are saved
    try:
        return separate_marks(data)[0]
    except TextLayerError:
        return data


def _timestamp(document: Document) -> int | None:
    """The article's modification time as the PDF's date (same article, same bytes: a
    stamp without a zone is UTC, as in the DOCX, never this computer's time)."""
    from editor.model.article import time_of

    for stamp in (document.modified, document.created):
        moment = time_of(stamp)
        if moment is not None:
            return int(moment.timestamp())
    return None


def write(document: Document, style: HouseStyle, out: BinaryIO) -> None:
    """Write the document as a searchable PDF, paged as the house style says."""
    out.write(pdf_bytes(document, style))
