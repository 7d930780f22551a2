"""Markdown writer: YAML front matter that static-site generators take as is, then the body.

Quotations are resolved into their words; text is escaped so it stays text when the file
is read as Markdown again.
"""

from __future__ import annotations

import json
import re
from typing import BinaryIO

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
    InlineQuote,
    Isolate,
    LineBreak,
    Link,
    List,
    MissingQuote,
    Paragraph,
    Rule,
    SectionBlock,
    Strike,
    Strong,
    Table,
    TableCell,
    Text,
    plain_text,
)
from editor.text.dates import machine_date
from editor.text.markdown_syntax import escape_table_rules

# Only what Python-Markdown reads as syntax inside a line: a backslash escape of any other
# character ("\\&", "\\|", "\\~") is no escape to it and would show the backslash.
_SPECIAL = re.compile(r"([\\`*_\[\]])")
# "&" is text, except where it starts what a Markdown reader takes for an entity ("&copy;").
_ENTITY_START = re.compile(r"&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z0-9]+;)")
# Angle brackets as entities, not backslash escapes: the file then never holds "<tag" at all,
# and every Markdown reader shows the character itself.
_ANGLES = str.maketrans({"<": "&lt;", ">": "&gt;"})
# Python-Markdown reads these as block syntax at the start of a line; "\\=" is no escape to it
# (it would show the backslash), and "=" only underlines a heading on a line of its own.
_LINE_START = re.compile(r"(^|\n)( *)([#>+\-])")
_LINE_NUMBER = re.compile(r"(^|\n)( *\d+)([.)])")
# YAML's printable set leaves these out, or reads them as line breaks inside a scalar.
# "<", ">" and "&" are escaped too, so no "<script" appears in the file even as a string.
_YAML_UNSAFE = re.compile("[\u0085\u2028\u2029\ufeff<>&]")
_URL_UNSAFE = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"}


def yaml_string(value: str) -> str:
    """Return a YAML double-quoted scalar holding exactly ``value``."""
    # A JSON string is a YAML double-quoted scalar once YAML's own line breaks are escaped;
    # \uXXXX escapes read back as the very same characters.
    encoded = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match.group(0)):04x}", encoded)


def front_matter(document: Document) -> str:
    """Return the YAML front matter block of a document."""
    # A date in ASCII digits, as a machine reads front matter (words stay as written).
    date = machine_date(document.date) or document.date or document.created[:10]
    lines = ["---"]
    if document.opening is not None:
        # The opening line sits above the headline; templates that know the key can show it
        # there, and the body keeps it as its first paragraph for those that do not.
        lines.append(f"opening: {yaml_string(plain_text(document.opening.children))}")
    lines += [
        f"title: {yaml_string(document.headline)}",
        f"author: {yaml_string(document.author)}",
        f"date: {yaml_string(date)}",
        f"language: {yaml_string(document.language)}",
        "tags: [" + ", ".join(yaml_string(tag) for tag in document.tags) + "]",
        "---",
    ]
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", text)
    if "&" in text:
        text = _ENTITY_START.sub("&amp;", text)
    if "~~" in text:
        text = text.replace("~", "\\~")  # "~~" strikes through, and "~~~" fences code
    return text.translate(_ANGLES)


def _url(href: str) -> str:
    return "".join(_URL_UNSAFE.get(char, char) for char in href)


def _image(span: Image) -> str:
    # The name as a path the parser reads back ("%20" for a space, which it unquotes).
    name = _url(span.name.replace("%", "%25"))
    title = ""
    if span.title:
        escaped = span.title.replace("\\", "\\\\").replace('"', '\\"').translate(_ANGLES)
        title = f' "{escaped}"'
    return f"![{_escape(span.alt)}](assets/{name}{title})"


def _code_span(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}"


def inline_markdown(spans: tuple[Inline, ...]) -> str:
    """Return the Markdown of inline spans."""
    out: list[str] = []
    # Runs of plain text are escaped as one: the tree may hold "&" and "amp;" as two spans,
    # and only together do they look like an entity.
    plain: list[str] = []
    for span in spans:
        if type(span) is Text or type(span) is Isolate:
            plain.append(span.text)
            continue
        if plain:
            out.append(_escape("".join(plain)))
            plain = []
        if type(span) is Emphasis:
            out.append(f"*{inline_markdown(span.children)}*")
        elif type(span) is Strong:
            out.append(f"**{inline_markdown(span.children)}**")
        elif type(span) is Code:
            # Inside code a Markdown reader shows entities as written, so code holding "<"
            # is written as escaped text instead: no tag ever appears in the file.
            out.append(_escape(span.text) if "<" in span.text else _code_span(span.text))
        elif type(span) is Link:
            out.append(f"[{inline_markdown(span.children)}]({_url(span.href)})")
        elif type(span) is LineBreak:
            out.append("  \n")
        elif type(span) is InlineQuote:
            words = inline_markdown(span.children)
            out.append(f"{_escape(span.open_mark)}{words}{_escape(span.close_mark)}")
        elif type(span) is MissingQuote:
            out.append(_escape(span.text))
        elif type(span) is Strike:
            out.append(f"~~{inline_markdown(span.children)}~~")
        elif type(span) is Image:
            out.append(_image(span))
        elif type(span) is FootnoteRef:
            out.append(f"[^{span.number}]")
    if plain:
        out.append(_escape("".join(plain)))
    return "".join(out)


def _paragraph(spans: tuple[Inline, ...]) -> str:
    text = _LINE_START.sub(r"\1\2\\\3", inline_markdown(spans))
    return escape_table_rules(_LINE_NUMBER.sub(r"\1\2\\\3", text))


def _prefix(text: str, first: str, rest: str) -> str:
    lines = text.split("\n")
    return "\n".join((first if index == 0 else rest) + line if line else line.rstrip()
                     for index, line in enumerate(lines))  # fmt: skip


def block_markdown(block: Block) -> str:
    """Return the Markdown of one block."""
    if type(block) is Paragraph:
        return _paragraph(block.children)
    if type(block) is Heading:
        # "#" is the headline's level and "##" the section label's; body headings go below.
        return "#" * min(block.level + 2, 6) + " " + inline_markdown(block.children)
    if type(block) is BlockQuote:
        parts = [block_markdown(inner) for inner in block.blocks]
        if block.attribution is not None:
            parts.append(_paragraph(block.attribution.children))
        inner_text = "\n\n".join(parts)
        return "\n".join(f"> {line}" if line else ">" for line in inner_text.split("\n"))
    if type(block) is List:
        items: list[str] = []
        for offset, item in enumerate(block.items):
            marker = f"{block.start + offset}. " if block.ordered else "- "
            body = "\n\n".join(block_markdown(inner) for inner in item.blocks)
            if items and len(block.items[offset - 1].blocks) > 1:
                # After an item ending in a nested list, Python-Markdown would take the next
                # item into the nested one unless a blank line parts them.
                items.append("")
            items.append(_prefix(body, marker.ljust(4), "    "))
        return "\n".join(items)
    if type(block) is CodeBlock:
        if "<" in block.text:
            lines = [
                escape_table_rules(_LINE_START.sub(r"\1\2\\\3", _escape(line)))
                for line in block.text.split("\n")
            ]
            return "  \n".join(lines)
        return "\n".join("    " + line for line in block.text.split("\n"))
    if type(block) is Rule:
        return "***"
    if type(block) is Table:
        return _table(block)
    return ""


_RULES = {"left": ":---", "center": ":---:", "right": "---:", "": "---"}


def _cell(cell: TableCell) -> str:
    # A cell is one line: "|" in it is escaped, and a line break cannot be written.
    text = inline_markdown(cell.children).replace("  \n", " ").replace("\n", " ")
    return text.replace("|", "\\|") or " "


def _table(table: Table) -> str:
    columns = max([len(table.header), *(len(row) for row in table.rows)])
    alignments = [*table.alignments, *[""] * columns][:columns]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    header = [_cell(cell) for cell in table.header] + [" "] * (columns - len(table.header))
    lines = [line(header), line([_RULES.get(alignment, "---") for alignment in alignments])]
    for row in table.rows:
        lines.append(line([_cell(cell) for cell in row] + [" "] * (columns - len(row))))
    return "\n".join(lines)


def _footnote(note: Footnote) -> str:
    """A footnote's definition: its label, then its blocks, the later ones indented."""
    body = "\n\n".join(block_markdown(block) for block in note.blocks)
    return _prefix(body, f"[^{note.number}]: ", "    ")


def section_markdown(section: SectionBlock) -> str:
    """Return a section's body as Markdown, its footnotes' definitions at its end."""
    parts = [block_markdown(block) for block in section.blocks]
    parts.extend(_footnote(note) for note in section.notes)
    return "\n\n".join(part for part in parts if part)


def markdown_string(document: Document) -> str:
    """Return the whole document as Markdown with YAML front matter."""
    parts = [front_matter(document)]
    if document.embargo is not None:
        parts.append(f"**{inline_markdown(document.embargo.children)}**")
    if document.opening is not None:
        parts.append(_paragraph(document.opening.children))
    if document.standfirst is not None:
        parts.append(_paragraph(document.standfirst.children))
    for section in document.sections:
        if section.label is not None:
            parts.append("## " + inline_markdown(section.label.children))
        parts.append(section_markdown(section))
    if document.credit is not None:
        parts.append(_paragraph(document.credit.children))
    if document.metadata is not None:
        # The same line as in the other exports, so the body reads the same everywhere.
        parts.append(" · ".join(_escape(entry.value) for entry in document.metadata.entries))
    if document.corrections is not None:
        corrections = document.corrections
        parts.append("## " + inline_markdown(corrections.heading.children))
        parts.extend(_paragraph(entry.children) for entry in corrections.entries)
    return "\n\n".join(part for part in parts if part) + "\n"


def write(document: Document, style: HouseStyle, out: BinaryIO) -> None:
    """Write the document as Markdown with YAML front matter (UTF-8)."""
    out.write(markdown_string(document).encode("utf-8"))
