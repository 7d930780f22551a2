"""DOCX drafts → blocks: paragraph styles give the structure, runs give the emphasis.

Title → headline candidate; Heading n → a label when its words are one, else a heading;
Quote and Intense Quote → block quotations (consecutive ones are one quotation); List
Bullet/List Number → Markdown list items; everything else → paragraphs. Bold, italic and
hyperlinks become Markdown; the text itself is escaped so it stays literal. Table cells
are read as paragraphs, row by row, so no word in a table is lost. Headers, footers,
footnotes and comments are not part of the article and are not read.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

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
from editor.importing.errors import DraftError
from editor.importing.lexicon import Lexicon

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

# A DOCX is a ZIP: refuse archives that would inflate beyond reason before parsing them.
MAX_ENTRIES = 10_000
MAX_INFLATED = 512 * 1024 * 1024

_HEADING_STYLE = re.compile(r"heading\s*([1-9])$", re.IGNORECASE)
_QUOTE_STYLES = {"quote", "intense quote"}
_BOLD_STYLES = {"strong", "bold"}
_ITALIC_STYLES = {"emphasis", "intense emphasis", "subtle emphasis"}


def is_docx_bytes(data: bytes) -> bool:
    """Whether the bytes are a ZIP archive holding a Word document."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def read_docx(data: bytes, path: str | Path, lex: Lexicon) -> list[Block]:
    """Return the blocks of a DOCX draft; raise DraftError when it is not a usable DOCX."""
    _check_archive(data, path)
    from docx import Document  # heavy: imported only when a DOCX is imported
    from docx.table import Table

    try:
        document = Document(io.BytesIO(data))
        blocks: list[Block] = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                for row in item.rows:
                    for cell in row.cells:
                        for paragraph in cell.paragraphs:
                            _add(blocks, paragraph, lex, style="")
            else:
                _add(blocks, item, lex, style=_style_name(item))
    except DraftError:
        raise
    except Exception as failure:  # python-docx and lxml raise many kinds on damaged files
        raise DraftError(path, f"the DOCX file is damaged ({type(failure).__name__}).") from None
    return blocks


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


def _style_name(paragraph: Paragraph) -> str:
    try:
        style = paragraph.style
        return (style.name or "") if style is not None else ""
    except (KeyError, AttributeError, ValueError):
        return ""


def _add(blocks: list[Block], paragraph: Paragraph, lex: Lexicon, style: str) -> None:
    plain, markdown, formatted = _paragraph_text(paragraph)
    if not plain.strip():
        return
    lowered = style.strip().lower()
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


def _paragraph_text(paragraph: Paragraph) -> tuple[str, str, bool]:
    """Return the paragraph's plain text, its Markdown, and whether it has formatting."""
    from docx.text.hyperlink import Hyperlink

    spans: list[tuple[str, bool, bool, str]] = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            url = item.url
            for run in item.runs:
                spans.append((run.text, *_emphasis(run), url))
        else:
            spans.append((item.text, *_emphasis(item), ""))
    plain = "".join(span[0] for span in spans)
    formatted = any(bold or italic or url for _, bold, italic, url in spans)
    if not formatted:
        return plain, "", False
    merged: list[tuple[str, bool, bool, str]] = []
    for text, bold, italic, url in spans:
        if merged and merged[-1][1:] == (bold, italic, url):
            merged[-1] = (merged[-1][0] + text, bold, italic, url)
        else:
            merged.append((text, bold, italic, url))
    pieces = []
    for text, bold, italic, url in merged:
        piece = _emphasised(escape_inline(text), bold, italic)
        if url:
            piece = f"[{piece}]({_link_target(url)})"
        pieces.append(piece)
    return plain, escape_line_starts("".join(pieces)), True


def _emphasis(run: Run) -> tuple[bool, bool]:
    style = ""
    with contextlib.suppress(KeyError, AttributeError, ValueError):
        style = (run.style.name or "").lower()
    bold = bool(run.bold) or style in _BOLD_STYLES
    italic = bool(run.italic) or style in _ITALIC_STYLES
    return bold, italic


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
