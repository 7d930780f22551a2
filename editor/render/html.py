"""HTML writer: a standalone page (CSS inline) or the ``<article>`` alone, from the tree.

Every text is escaped as it is written, and the article markup then passes through nh3
with an allow-list that keeps ``dir`` and ``lang``; the page shell around it is ours.
"""

from __future__ import annotations

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
    CreditLine,
    Document,
    Emphasis,
    Heading,
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
    Strong,
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
        "hr", "bdi", "span", "mark",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"dir", "lang", "class"},
    "a": {"href"},
    "ol": {"start"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})


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


def inline_html(spans: tuple[Inline, ...], out: list[str]) -> None:
    """Append the HTML of inline spans to ``out`` (text escaped)."""
    for span in spans:
        if type(span) is Text:
            out.append(escape(span.text, quote=False))
        elif type(span) is Isolate:
            out.append(f'<bdi dir="{span.direction}">{escape(span.text, quote=False)}</bdi>')
        elif type(span) is Emphasis:
            out.append("<em>")
            inline_html(span.children, out)
            out.append("</em>")
        elif type(span) is Strong:
            out.append("<strong>")
            inline_html(span.children, out)
            out.append("</strong>")
        elif type(span) is Code:
            out.append(f"<code>{escape(span.text, quote=False)}</code>")
        elif type(span) is Link:
            out.append(f'<a href="{escape(span.href)}">')
            inline_html(span.children, out)
            out.append("</a>")
        elif type(span) is LineBreak:
            out.append("<br>")
        elif type(span) is InlineQuote:
            out.append(f'<span class="quote">{escape(span.open_mark, quote=False)}')
            inline_html(span.children, out)
            out.append(f"{escape(span.close_mark, quote=False)}</span>")
        elif type(span) is MissingQuote:
            out.append(f'<mark class="missing-quote">{escape(span.text, quote=False)}</mark>')


def _block_html(block: Block, document: Document, out: list[str]) -> None:
    if type(block) is Paragraph:
        out.append(f"<p{_attrs(block.language, block.direction, document)}>")
        inline_html(block.children, out)
        out.append("</p>\n")
    elif type(block) is Heading:
        # h1 is the headline and h2 the section label; body headings sit below them.
        level = min(block.level + 2, 6)
        out.append(f"<h{level}{_attrs(block.language, block.direction, document)}>")
        inline_html(block.children, out)
        out.append(f"</h{level}>\n")
    elif type(block) is BlockQuote:
        out.append(f"<blockquote{_attrs(block.language, block.direction, document)}>\n")
        for inner in block.blocks:
            _block_html(inner, document, out)
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
                inline_html(item.blocks[0].children, out)
            else:
                for inner in item.blocks:
                    _block_html(inner, document, out)
            out.append("</li>\n")
        out.append(f"</{tag}>\n")
    elif type(block) is CodeBlock:
        out.append(f'<pre dir="ltr"><code>{escape(block.text, quote=False)}</code></pre>\n')
    elif type(block) is Rule:
        out.append("<hr>\n")


def _attribution_html(attribution: Attribution, document: Document, out: list[str]) -> None:
    out.append(f"<footer{_attrs(attribution.language, attribution.direction, document)}><cite>")
    inline_html(attribution.children, out)
    out.append("</cite></footer>\n")


def _simple(
    tag: str,
    block: OpeningLine | Title | Standfirst | SectionLabel | CreditLine,
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
        out.append(f"<span{attrs}>{escape(entry.value, quote=False)}</span>")
    out.append("</p>\n")


def article_markup(document: Document) -> str:
    """Return the ``<article>`` of a document, escaped but not yet sanitised."""
    out: list[str] = [
        f'<article class="newsdesk" lang="{escape(document.language)}" '
        f'dir="{document.direction}">\n<header>\n'
    ]
    if document.opening is not None:
        _simple("p", document.opening, document, "opening", out)
    _simple("h1", document.title, document, "", out)
    if document.standfirst is not None:
        _simple("p", document.standfirst, document, "standfirst", out)
    out.append("</header>\n")
    for section in document.sections:
        out.append(f'<section class="{escape(section.kind)}">\n')
        if section.label is not None:
            _simple("h2", section.label, document, "", out)
        for block in section.blocks:
            _block_html(block, document, out)
        out.append("</section>\n")
    if document.credit is not None or document.metadata is not None:
        out.append("<footer>\n")
        if document.credit is not None:
            _simple("p", document.credit, document, "credit", out)
        if document.metadata is not None:
            _metadata_html(document.metadata, document, out)
        out.append("</footer>\n")
    if document.comments:
        from editor.render.comments import comments_appendix_html

        out.append(comments_appendix_html(document))
    out.append("</article>")
    return "".join(out)


def sanitize(markup: str) -> str:
    """Return article markup passed through nh3 with Newsdesk's allow-list."""
    import nh3

    return nh3.clean(
        markup,
        tags=set(ALLOWED_TAGS),
        attributes={key: set(value) for key, value in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )


@lru_cache(maxsize=4)
def _template(name: str) -> Template:
    return Template(resource_path("templates", name).read_text(encoding="utf-8"))


def page_css(style: HouseStyle) -> str:
    """Return the page's CSS with the house style's fonts and sizes filled in."""
    sizes = style.sizes
    return _template("article.css").substitute(
        latin_font=style.fonts.latin,
        complex_font=style.fonts.complex,
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
    article = sanitize(article_markup(document))
    if fragment:
        return article + "\n"
    meta = []
    if document.author:
        meta.append(f'<meta name="author" content="{escape(document.author)}">\n')
    if document.tags:
        meta.append(f'<meta name="keywords" content="{escape(", ".join(document.tags))}">\n')
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
