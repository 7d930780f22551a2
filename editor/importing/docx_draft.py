"""DOCX drafts → blocks: paragraph styles give the structure, runs give the emphasis.

Title → headline candidate; Heading n → a label when its words are one, else a heading;
Quote and Intense Quote → block quotations (consecutive ones are one quotation); List
Bullet/List Number → Markdown list items; everything else → paragraphs. Bold, italic,
hyperlinks and HYPERLINK fields become Markdown; the text itself is escaped so it stays
literal. Every visible word of the body is read (docx_text.py: nested tables, content
controls, fields, tracked insertions, text boxes…); table cells and text boxes are read as
paragraphs. Headers, footers, footnotes, endnotes and comments are no part of the article:
their text is set aside for the import report, never dropped in silence.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.importing.blocks import (
    HEADING,
    PARA,
    QUOTE,
    RAW,
    TITLE,
    Block,
    escape_inline,
    escape_line_starts,
    escape_markdown,
    label_block,
)
from editor.importing.docx_markdown import code_fonts, read_numbering
from editor.importing.docx_newsdesk import NewsdeskDocx, is_newsdesk, read_record
from editor.importing.docx_text import (
    Span,
    StoryReader,
    WordParagraph,
    part_root,
    style_names,
    w,
)
from editor.importing.errors import DraftError
from editor.importing.lexicon import Lexicon
from editor.importing.result import COMMENT, ENDNOTE, FOOTER, FOOTNOTE, HEADER, SetAside

# A DOCX is a ZIP: refuse archives that would inflate beyond reason before parsing them.
MAX_ENTRIES = 10_000
MAX_INFLATED = 512 * 1024 * 1024
# The XML parser's own bound on nesting (libxml2 without XML_PARSE_HUGE); Word nests
# tables at most 64 deep, far inside it.
MAX_XML_DEPTH = 256

_HEADING_STYLE = re.compile(r"heading\s*([1-9])$", re.IGNORECASE)
_QUOTE_STYLES = {"quote", "intense quote"}
_BOLD_STYLES = frozenset({"strong", "bold"})
_ITALIC_STYLES = frozenset({"emphasis", "intense emphasis", "subtle emphasis"})
# The last part of a relationship type → the kind of story that part holds.
_STORY_KINDS = {
    "header": HEADER,
    "footer": FOOTER,
    "footnotes": FOOTNOTE,
    "endnotes": ENDNOTE,
    "comments": COMMENT,
}
_STORY_ORDER = (HEADER, FOOTER, FOOTNOTE, ENDNOTE, COMMENT)


def is_docx_bytes(data: bytes) -> bool:
    """Whether the bytes are a ZIP archive holding a Word document."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


@dataclass(frozen=True)
class DocxDraft:
    """What a DOCX draft holds: the article's blocks, and the text that is no part of them."""

    blocks: list[Block]
    set_aside: list[SetAside]
    # Set when Newsdesk exported the document: its parts are mapped back by their styles.
    newsdesk: NewsdeskDocx | None = None


def read_docx(data: bytes, path: str | Path, lex: Lexicon) -> list[Block]:
    """Return the blocks of a DOCX draft; raise DraftError when it is not a usable DOCX."""
    return read_docx_draft(data, path, lex).blocks


def read_docx_draft(data: bytes, path: str | Path, lex: Lexicon) -> DocxDraft:
    """Return a DOCX draft's blocks and its set-aside text (headers, footers, notes, comments).

    Raise DraftError when it is not a usable DOCX.
    """
    _check_archive(data, path)
    from docx import Document  # heavy: imported only when a DOCX is imported

    try:
        document = Document(io.BytesIO(data))
        styles, default_style = style_names(document.styles.element)
        main = document.part
        record = read_record(main)
        reader = _reader(main, styles, default_style, code_fonts(record))
        blocks: list[Block] = []
        paragraphs = reader.paragraphs(document.element.body)
        for paragraph in paragraphs:
            _add(blocks, paragraph, lex)
        set_aside = _set_aside(main, styles, default_style)
        newsdesk = None
        if is_newsdesk(data, styles, record):
            newsdesk = NewsdeskDocx(
                paragraphs,
                record,
                read_numbering(document),
                document.core_properties.language or "",
            )
    except DraftError:
        raise
    except Exception as failure:  # python-docx and lxml raise many kinds on damaged files
        if "Excessive depth" in str(failure):
            # libxml2 refuses XML nested deeper than this (tables in tables, 80 deep).
            raise DraftError(
                path, f"the DOCX file nests its content more than {MAX_XML_DEPTH} levels deep."
            ) from None
        raise DraftError(path, f"the DOCX file is damaged ({type(failure).__name__}).") from None
    return DocxDraft(blocks, set_aside, newsdesk)


def _reader(
    part: Any, styles: dict[str, str], default_style: str, fonts: frozenset[str] = frozenset()
) -> StoryReader:
    links = {
        key: relationship.target_ref
        for key, relationship in part.rels.items()
        if relationship.is_external
    }
    return StoryReader(styles, default_style, links, _BOLD_STYLES, _ITALIC_STYLES, fonts)


def _set_aside(main: Any, styles: dict[str, str], default_style: str) -> list[SetAside]:
    """The text of headers, footers, footnotes, endnotes and comments: no part of the body."""
    found: list[SetAside] = []
    seen: set[tuple[str, str]] = set()
    for relationship in main.rels.values():
        kind = _STORY_KINDS.get(relationship.reltype.rsplit("/", 1)[-1])
        if kind is None or relationship.is_external:
            continue
        part = relationship.target_part
        reader = _reader(part, styles, default_style)
        root = part_root(part)
        if kind in (HEADER, FOOTER):
            stories = [(root, "", "")]
        else:
            tag = {FOOTNOTE: "footnote", ENDNOTE: "endnote", COMMENT: "comment"}[kind]
            stories = [
                (story, story.get(w("id"), ""), story.get(w("author"), ""))
                for story in root.iter(w(tag))
                if story.get(w("type"), "normal") == "normal"
            ]
        for story, number, author in stories:
            text = "\n".join(p.text for p in reader.paragraphs(story)).strip()
            if not text:
                continue
            if kind in (HEADER, FOOTER):
                # The same header on first, even and odd pages is one passage of text
                # (two footnotes saying the same are two notes, both listed).
                if (kind, text) in seen:
                    continue
                seen.add((kind, text))
            found.append(SetAside(kind, text, number=number, author=author))
    order = {kind: index for index, kind in enumerate(_STORY_ORDER)}
    found.sort(key=lambda aside: order[aside.kind])
    return found


def _check_archive(data: bytes, path: str | Path) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DraftError(path, "the file is not a DOCX document (not a ZIP archive).") from None
    if not any(entry.filename == "word/document.xml" for entry in entries):
        raise DraftError(path, "the file is a ZIP archive but not a DOCX document.")
    if len(entries) > MAX_ENTRIES or sum(entry.file_size for entry in entries) > MAX_INFLATED:
        raise DraftError(path, "the DOCX file is too large to import.")


def _add(blocks: list[Block], paragraph: WordParagraph, lex: Lexicon) -> None:
    plain, markdown, formatted = _paragraph_text(paragraph.spans)
    if not plain.strip():
        return
    lowered = paragraph.style.strip().lower()
    heading = _HEADING_STYLE.match(lowered)
    labels = lex.label_of(plain)
    if labels and (heading or "\n" not in plain.strip()):
        blocks.append(label_block(plain, labels))
        return
    text, is_markdown = (markdown, True) if formatted else (plain, False)
    if lowered == "title":
        blocks.append(Block(TITLE, text.strip(), markdown=is_markdown, level=1))
    elif heading:
        level = int(heading.group(1))
        blocks.append(Block(HEADING, text.strip(), markdown=is_markdown, level=level))
    elif lowered in _QUOTE_STYLES:
        if blocks and blocks[-1].kind == QUOTE:
            blocks[-1].text += "\n" + text
        else:
            blocks.append(Block(QUOTE, text, markdown=is_markdown))
    elif lowered.startswith(("list bullet", "list number")):
        marker = "-" if lowered.startswith("list bullet") else "1."
        item_text = markdown if formatted else escape_markdown(plain)
        line = f"{marker} {item_text}"
        if blocks and blocks[-1].kind == RAW:
            blocks[-1].text += "\n" + line
        else:
            blocks.append(Block(RAW, line, markdown=True))
    else:
        blocks.append(Block(PARA, text, markdown=is_markdown))


def _paragraph_text(spans: list[Span]) -> tuple[str, str, bool]:
    """Return the paragraph's plain text, its Markdown, and whether it has formatting."""
    plain = "".join(span.text for span in spans)
    formatted = any(span.bold or span.italic or span.url for span in spans)
    if not formatted:
        return plain, "", False
    merged: list[tuple[str, bool, bool, str]] = []
    for span in spans:
        if merged and merged[-1][1:] == (span.bold, span.italic, span.url):
            merged[-1] = (merged[-1][0] + span.text, span.bold, span.italic, span.url)
        else:
            merged.append((span.text, span.bold, span.italic, span.url))
    pieces = []
    for text, bold, italic, url in merged:
        piece = _emphasised(escape_inline(text), bold, italic)
        if url:
            piece = f"[{piece}]({_link_target(url)})"
        pieces.append(piece)
    return plain, escape_line_starts("".join(pieces)), True


def _emphasised(text: str, bold: bool, italic: bool) -> str:
    marker = ("**" if bold else "") + ("*" if italic else "")
    core = text.strip()
    if not marker or not core:
        return text
    # Emphasis markers must touch the words: keep surrounding spaces outside them.
    leading = text[: len(text) - len(text.lstrip())]
    trailing = text[len(text.rstrip()) :]
    return f"{leading}{marker}{core}{marker[::-1]}{trailing}"


def _link_target(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
