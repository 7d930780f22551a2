"""HTML writer: a standalone page (CSS inline) or the ``<article>`` alone, from the tree.

Every text is escaped as it is written, and the article markup then passes through nh3
with an allow-list that keeps ``dir`` and ``lang``; the page shell around it is ours.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from html import escape
from string import Template
from typing import TYPE_CHECKING, BinaryIO

from editor.render.styles import HouseStyle
from editor.render.tree import (
    Attribution,
    Block,
    BlockQuote,
    Code,
    CodeBlock,
    Corrections,
    CorrectionsHeading,
    CreditLine,
    Document,
    EmbargoNotice,
    Emphasis,
    Footnote,
    FootnoteRef,
    Heading,
    Image,
    ImageAsset,
    Inline,
    InlineQuote,
    Isolate,
    LineBreak,
    Link,
    List,
    Metadata,
    MissingQuote,
    OpeningLine,
    Paragraph,
    Rule,
    SectionLabel,
    Standfirst,
    Strike,
    Strong,
    Table,
    TableCell,
    Text,
    Title,
)
from editor.resources import resource_path

if TYPE_CHECKING:
    from editor.model import Article

ALLOWED_TAGS = frozenset(
    {
        "article", "header", "footer", "section", "h1", "h2", "h3", "h4", "h5", "h6", "p",
        "blockquote", "cite", "ul", "ol", "li", "pre", "code", "em", "strong", "a", "br",
        "hr", "bdi", "span", "mark", "table", "thead", "tbody", "tr", "th", "td", "del",
        "figure", "figcaption", "img", "sup", "time",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"dir", "lang", "class"},
    "a": {"href"},
    "ol": {"start"},
    "img": {"src", "alt", "title", "width", "height"},
    "li": {"id"},
    "sup": {"id"},
    "time": {"datetime"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# The only data a page embeds: its own images, as data URIs of the types the tree allows.
_IMAGE_DATA = r"data:image/(?:png|jpeg|gif);base64,[A-Za-z0-9+/=]*\Z"  # compiled when used


def data_uri(asset: ImageAsset) -> str:
    """Return an image embedded in the page, as a ``data:`` URI (the default)."""
    import base64

    return f"data:{asset.media_type};base64,{base64.b64encode(asset.data).decode('ascii')}"


# Where an image's ``src`` points: the seam for a house style that writes images beside the
# page ("assets/NAME") instead of embedding them.
ImageSource = Callable[[ImageAsset], str]


class InlineContext:
    """What inline spans need beyond themselves: image sources, footnotes already referred to."""

    __slots__ = ("images", "referred")

    def __init__(self, document: Document, source: ImageSource = data_uri) -> None:
        self.images = {asset.name: (asset, source(asset)) for asset in document.images}
        self.referred: set[int] = set()


def _image_html(span: Image, context: InlineContext | None) -> str:
    found = context.images.get(span.name) if context is not None else None
    if found is None:
        return escape(span.alt, quote=False)  # a writer without images shows their text
    asset, source = found
    title = f' title="{escape(span.title)}"' if span.title else ""
    return (
        f'<img src="{escape(source)}" alt="{escape(span.alt)}"{title} '
        f'width="{asset.width}" height="{asset.height}">'
    )


def _footnote_ref_html(span: FootnoteRef, context: InlineContext | None) -> str:
    number = span.number
    if context is None:
        return f"<sup>{number}</sup>"
    # The first reference is the one the note's back link returns to.
    anchor = "" if number in context.referred else f' id="fnref-{number}"'
    context.referred.add(number)
    return f'<sup{anchor}><a class="footnote-ref" href="#fn-{number}">{number}</a></sup>'


def _attrs(block_language: str, block_direction: str, document: Document, cls: str = "") -> str:
    # dir/lang only where they differ from the article's; lang only when known.
    parts = []
    if cls:
        parts.append(f' class="{cls}"')
    if block_direction != document.direction:
        parts.append(f' dir="{block_direction}"')
    if block_language and block_language != document.language:
        parts.append(f' lang="{escape(block_language)}"')
    return "".join(parts)


def inline_html(
    spans: tuple[Inline, ...], out: list[str], context: InlineContext | None = None
) -> None:
    """Append the HTML of inline spans to ``out`` (text escaped).

    Without a ``context`` images show their text and footnote references their number.
    """
    for span in spans:
        if type(span) is Text:
            out.append(escape(span.text, quote=False))
        elif type(span) is Isolate:
            out.append(f'<bdi dir="{span.direction}">{escape(span.text, quote=False)}</bdi>')
        elif type(span) is Emphasis:
            out.append("<em>")
            inline_html(span.children, out, context)
            out.append("</em>")
        elif type(span) is Strong:
            out.append("<strong>")
            inline_html(span.children, out, context)
            out.append("</strong>")
        elif type(span) is Code:
            out.append(f"<code>{escape(span.text, quote=False)}</code>")
        elif type(span) is Link:
            out.append(f'<a href="{escape(span.href)}">')
            inline_html(span.children, out, context)
            out.append("</a>")
        elif type(span) is LineBreak:
            out.append("<br>")
        elif type(span) is InlineQuote:
            out.append(f'<span class="quote">{escape(span.open_mark, quote=False)}')
            inline_html(span.children, out, context)
            out.append(f"{escape(span.close_mark, quote=False)}</span>")
        elif type(span) is MissingQuote:
            out.append(f'<mark class="missing-quote">{escape(span.text, quote=False)}</mark>')
        elif type(span) is Strike:
            out.append("<del>")
            inline_html(span.children, out, context)
            out.append("</del>")
        elif type(span) is Image:
            out.append(_image_html(span, context))
        elif type(span) is FootnoteRef:
            out.append(_footnote_ref_html(span, context))


def _block_html(
    block: Block, document: Document, out: list[str], context: InlineContext | None = None
) -> None:
    if type(block) is Paragraph:
        if len(block.children) == 1 and type(block.children[0]) is Image:
            _figure_html(block, block.children[0], document, out, context)
            return
        out.append(f"<p{_attrs(block.language, block.direction, document)}>")
        inline_html(block.children, out, context)
        out.append("</p>\n")
    elif type(block) is Heading:
        # h1 is the headline and h2 the section label; body headings sit below them.
        level = min(block.level + 2, 6)
        out.append(f"<h{level}{_attrs(block.language, block.direction, document)}>")
        inline_html(block.children, out, context)
        out.append(f"</h{level}>\n")
    elif type(block) is BlockQuote:
        out.append(f"<blockquote{_attrs(block.language, block.direction, document)}>\n")
        for inner in block.blocks:
            _block_html(inner, document, out, context)
        if block.attribution is not None:
            _attribution_html(block.attribution, document, out)
        out.append("</blockquote>\n")
    elif type(block) is List:
        tag = "ol" if block.ordered else "ul"
        start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
        out.append(f"<{tag}{start}{_attrs(block.language, block.direction, document)}>\n")
        for item in block.items:
            out.append(f"<li{_attrs(item.language, item.direction, document)}>")
            if len(item.blocks) == 1 and type(item.blocks[0]) is Paragraph:
                # A one-paragraph item reads as a tight list item, without paragraph gaps.
                inline_html(item.blocks[0].children, out, context)
            else:
                for inner in item.blocks:
                    _block_html(inner, document, out, context)
            out.append("</li>\n")
        out.append(f"</{tag}>\n")
    elif type(block) is CodeBlock:
        out.append(f'<pre dir="ltr"><code>{escape(block.text, quote=False)}</code></pre>\n')
    elif type(block) is Rule:
        out.append("<hr>\n")
    elif type(block) is Table:
        _table_html(block, document, out, context)


def _figure_html(
    block: Paragraph,
    image: Image,
    document: Document,
    out: list[str],
    context: InlineContext | None,
) -> None:
    """An image alone in its paragraph: a figure, captioned with its text (else its title)."""
    # The alternative text, as pandoc captions a figure: a reader of the page then reads
    # the words the article's word count and the other formats have.
    caption = image.alt or image.title
    out.append(f"<figure{_attrs(block.language, block.direction, document)}>")
    out.append(_image_html(image, context))
    if caption and context is not None and image.name in context.images:
        out.append(f"<figcaption>{escape(caption, quote=False)}</figcaption>")
    out.append("</figure>\n")


def _cell_html(
    tag: str, cell: TableCell, alignment: str, out: list[str], context: InlineContext | None
) -> None:
    out.append(f'<{tag} class="align-{alignment}">' if alignment else f"<{tag}>")
    inline_html(cell.children, out, context)
    out.append(f"</{tag}>")


def _table_html(
    table: Table, document: Document, out: list[str], context: InlineContext | None
) -> None:
    # dir always written: a right-to-left table is mirrored, its first column on the right.
    lang = table.language if table.language and table.language != document.language else ""
    lang_attr = f' lang="{escape(lang)}"' if lang else ""
    out.append(f'<table dir="{table.direction}"{lang_attr}>\n<thead>\n<tr>')
    alignments = table.alignments
    for index, cell in enumerate(table.header):
        _cell_html("th", cell, alignments[index] if index < len(alignments) else "", out, context)
    out.append("</tr>\n</thead>\n")
    if table.rows:
        out.append("<tbody>\n")
        for row in table.rows:
            out.append("<tr>")
            for index, cell in enumerate(row):
                alignment = alignments[index] if index < len(alignments) else ""
                _cell_html("td", cell, alignment, out, context)
            out.append("</tr>\n")
        out.append("</tbody>\n")
    out.append("</table>\n")


def _footnotes_html(
    notes: tuple[Footnote, ...], document: Document, out: list[str], context: InlineContext
) -> None:
    """The footnotes section at the end of the article, each note linked back to its text."""
    out.append('<section class="footnotes">\n<ol>\n')
    for note in notes:
        out.append(f'<li id="fn-{note.number}"{_attrs(note.language, note.direction, document)}>')
        start = len(out)
        for block in note.blocks:
            _block_html(block, document, out, context)
        if note.number in context.referred:
            back = f' <a class="footnote-back" href="#fnref-{note.number}">↩</a>'
            # At the end of the note's last paragraph, not on a line of its own (seen in
            # Chromium).
            last = out[-1] if len(out) > start else ""
            if last.endswith("</p>\n"):
                out[-1] = last[: -len("</p>\n")] + back + "</p>\n"
            else:
                out.append(back)
        out.append("</li>\n")
    out.append("</ol>\n</section>\n")


def _attribution_html(attribution: Attribution, document: Document, out: list[str]) -> None:
    out.append(f"<footer{_attrs(attribution.language, attribution.direction, document)}><cite>")
    inline_html(attribution.children, out)
    out.append("</cite></footer>\n")


def _simple(
    tag: str,
    block: EmbargoNotice
    | OpeningLine
    | Title
    | Standfirst
    | SectionLabel
    | CreditLine
    | CorrectionsHeading,
    document: Document,
    cls: str,
    out: list[str],
) -> None:
    out.append(f"<{tag}{_attrs(block.language, block.direction, document, cls)}>")
    inline_html(block.children, out)
    out.append(f"</{tag}>\n")


def _metadata_html(metadata: Metadata, document: Document, out: list[str]) -> None:
    out.append('<p class="metadata">')
    for index, entry in enumerate(metadata.entries):
        if index:
            out.append(" · ")
        attrs = _attrs(entry.language, entry.direction, document, entry.label)
        stamp = entry.stamp
        if stamp:
            # The byline's date as a machine reads it too (a date alone, or with its time).
            out.append(
                f'<time{attrs} datetime="{stamp}">{escape(entry.value, quote=False)}</time>'
            )
        else:
            out.append(f"<span{attrs}>{escape(entry.value, quote=False)}</span>")
    out.append("</p>\n")


def _corrections_html(corrections: Corrections, document: Document, out: list[str]) -> None:
    """The corrections log under the article: its heading, then each entry, oldest first."""
    out.append('<section class="corrections">\n')
    _simple("h2", corrections.heading, document, "", out)
    for entry in corrections.entries:
        out.append(f"<p{_attrs(entry.language, entry.direction, document)}>")
        inline_html(entry.children, out)
        out.append("</p>\n")
    out.append("</section>\n")


def corrections_html(document: Document) -> str:
    """Return the corrections log as the page prints it under the article ("" for none)."""
    out: list[str] = []
    if document.corrections is not None:
        _corrections_html(document.corrections, document, out)
    return "".join(out)


def credit_html(document: Document) -> str:
    """Return the credit line as the page prints it ("" for none)."""
    out: list[str] = []
    if document.credit is not None:
        _simple("p", document.credit, document, "credit", out)
    return "".join(out)


def _body_html(document: Document, out: list[str], context: InlineContext) -> None:
    """The sections (each with its label) and the footnotes: the article's body."""
    for section in document.sections:
        out.append(f'<section class="{escape(section.kind)}">\n')
        if section.label is not None:
            _simple("h2", section.label, document, "", out)
        for block in section.blocks:
            _block_html(block, document, out, context)
        out.append("</section>\n")
    notes = document.notes
    if notes:
        _footnotes_html(notes, document, out, context)


def body_html(document: Document, source: ImageSource = data_uri) -> str:
    """Return the article's body as the page shows it (sections, footnotes), sanitised.

    The exchange formats carry it: ninjs's ``body_html``, NewsML-G2's XHTML, WordPress's
    content. The headline, standfirst and byline travel in their own fields; the opening
    line, which none of them has a field for, opens the body (a trial found an Arabic
    article's opening invocation in every export but these three).
    """
    out: list[str] = []
    if document.opening is not None:
        _simple("p", document.opening, document, "opening", out)
    _body_html(document, out, InlineContext(document, source))
    return sanitize("".join(out), images=bool(document.images) and source is data_uri)


def in_language(document: Document, markup: str) -> str:
    """Return markup in a ``div`` that says the article's language and direction.

    For the exchange formats' bodies: the page that shows one is the receiver's (left to
    right, English, most often), and an Arabic body read there ran left to right, its full
    stops on the wrong side (found in trials of WordPress's and ninjs's).
    """
    return f'<div lang="{escape(document.language)}" dir="{document.direction}">\n{markup}</div>\n'


def article_markup(document: Document, source: ImageSource = data_uri) -> str:
    """Return the ``<article>`` of a document, escaped but not yet sanitised."""
    context = InlineContext(document, source)
    out: list[str] = [
        f'<article class="newsdesk" lang="{escape(document.language)}" '
        f'dir="{document.direction}">\n<header>\n'
    ]
    if document.embargo is not None:
        _simple("p", document.embargo, document, "embargo", out)
    if document.opening is not None:
        _simple("p", document.opening, document, "opening", out)
    _simple("h1", document.title, document, "", out)
    if document.standfirst is not None:
        _simple("p", document.standfirst, document, "standfirst", out)
    out.append("</header>\n")
    _body_html(document, out, context)
    if document.credit is not None or document.metadata is not None:
        out.append("<footer>\n")
        if document.credit is not None:
            _simple("p", document.credit, document, "credit", out)
        if document.metadata is not None:
            _metadata_html(document.metadata, document, out)
        out.append("</footer>\n")
    if document.corrections is not None:
        _corrections_html(document.corrections, document, out)
    if document.comments:
        from editor.render.comments import comments_appendix_html

        out.append(comments_appendix_html(document))
    out.append("</article>")
    return "".join(out)


def sanitize(markup: str, images: bool = False) -> str:
    """Return article markup passed through nh3 with Newsdesk's allow-list.

    With ``images``, an ``img`` may hold a ``data:`` URI of a PNG, JPEG or GIF, and no
    other element any ``data:`` URI.
    """
    import nh3

    schemes = set(URL_SCHEMES)
    if images:
        schemes.add("data")
    return nh3.clean(
        markup,
        tags=set(ALLOWED_TAGS),
        attributes={key: set(value) for key, value in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_only_image_data if images else None,
        url_schemes=schemes,
        link_rel=None,
        strip_comments=True,
    )


def _only_image_data(tag: str, attribute: str, value: str) -> str | None:
    if value[:5].lower() != "data:":
        return value
    return value if tag == "img" and attribute == "src" and re.match(_IMAGE_DATA, value) else None


@lru_cache(maxsize=4)
def _template(name: str) -> Template:
    return Template(resource_path("templates", name).read_text(encoding="utf-8"))


def page_css(style: HouseStyle) -> str:
    """Return the page's CSS with the house style's fonts and sizes filled in."""
    sizes = style.sizes
    return _template("article.css").substitute(
        latin_font=style.fonts.latin,
        complex_font=style.fonts.complex,
        urdu_font=style.fonts.urdu,
        monospace_font=style.fonts.monospace,
        body_size=f"{sizes.body:g}",
        title_size=f"{sizes.title:g}",
        opening_size=f"{sizes.opening:g}",
        standfirst_size=f"{sizes.standfirst:g}",
        label_size=f"{sizes.label:g}",
        quote_size=f"{sizes.quote:g}",
        attribution_size=f"{sizes.attribution:g}",
        credit_size=f"{sizes.credit:g}",
        metadata_size=f"{sizes.metadata:g}",
    )


def html_string(document: Document, style: HouseStyle, fragment: bool = False) -> str:
    """Return the HTML of a document: a standalone page, or the ``<article>`` alone."""
    article = sanitize(article_markup(document), images=bool(document.images))
    if fragment:
        return article + "\n"
    meta = []
    if document.desk.standfirst:
        meta.append(f'<meta name="description" content="{escape(document.desk.standfirst)}">\n')
    if document.author:
        meta.append(f'<meta name="author" content="{escape(document.author)}">\n')
    if document.tags:
        meta.append(f'<meta name="keywords" content="{escape(", ".join(document.tags))}">\n')
    from editor.render.structured import json_ld

    meta.append(f'<script type="application/ld+json">{json_ld(document)}</script>\n')
    if document.editions:
        from urllib.parse import quote
    for edition in document.editions:
        # Each language version written beside this page (itself included, as hreflang
        # asks), by its file name: the pages link to each other wherever they are put.
        href = edition.file("html")
        if href:
            meta.append(
                f'<link rel="alternate" hreflang="{escape(edition.language)}" '
                f'href="{escape(quote(href))}">\n'
            )
    title = " ".join(document.headline.split()) or "Untitled article"
    return _template("page.html").substitute(
        lang=escape(document.language),
        dir=document.direction,
        meta="".join(meta),
        title=escape(title),
        css=page_css(style),
        article=article,
    )


def write(document: Document, style: HouseStyle, out: BinaryIO) -> None:
    """Write the document as a standalone HTML page (UTF-8)."""
    out.write(html_string(document, style).encode("utf-8"))


def write_fragment(document: Document, style: HouseStyle, out: BinaryIO) -> None:
    """Write the document's ``<article>`` alone, for pasting into a CMS (UTF-8)."""
    out.write(html_string(document, style, fragment=True).encode("utf-8"))


def render_html(article: Article, style: HouseStyle, fragment: bool = False) -> str:
    """Return an article's HTML for the live preview or export (unknown quotations marked)."""
    from editor.render.build import build_document

    return html_string(build_document(article, style), style, fragment)
