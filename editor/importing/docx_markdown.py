"""Word paragraphs → Markdown: runs with emphasis, links and code; lists; rules; tables.

The conversion the import of Newsdesk's own DOCX uses for a section edited in Word
(docx_newsdesk.py): each paragraph's runs as Markdown (bold, italic, links, code runs in a
monospace font), list paragraphs by their numbering (bulleted or numbered, level, first
number), a bordered empty paragraph as a rule and a table as a pipe table. Text is escaped
so that it stays literal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from editor.importing.blocks import escape_inline, escape_line_starts
from editor.importing.docx_text import WordParagraph, w
from editor.model.record import Piece

# A list level: numbered or bulleted, its first number, and whether this list restarts it.
Level = tuple[bool, int, bool]
# Fonts whose runs are code when the record names none (folded names).
CODE_FONTS = frozenset(
    {"dejavu sans mono", "courier new", "courier", "consolas", "liberation mono", "menlo"}
)


def code_fonts(record: dict[str, Any] | None) -> frozenset[str]:
    """Return the (folded) font names whose runs are code: the export's, and common ones."""
    named = record.get("monospace") if record else None
    return CODE_FONTS | ({named.casefold()} if isinstance(named, str) and named else set())


def read_numbering(document: Any) -> dict[str, dict[str, Level]]:
    """Return, for each list (numId) and level, whether it is numbered and where it starts."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    formats: dict[str, dict[str, Level]] = {}
    for abstract in root.iter(w("abstractNum")):
        levels: dict[str, Level] = {}
        for level in abstract.iter(w("lvl")):
            fmt = level.find(w("numFmt"))
            start = level.find(w("start"))
            ordered = fmt is not None and fmt.get(w("val"), "") not in ("bullet", "none")
            levels[level.get(w("ilvl"), "0")] = (ordered, _number(start), False)
        formats[abstract.get(w("abstractNumId"), "")] = levels
    lists: dict[str, dict[str, Level]] = {}
    for num in root.iter(w("num")):
        abstract_id = num.find(w("abstractNumId"))
        levels = dict(
            formats.get(abstract_id.get(w("val"), "") if abstract_id is not None else "", {})
        )
        for override in num.iter(w("lvlOverride")):
            start = override.find(w("startOverride"))
            level = override.get(w("ilvl"), "0")
            if start is not None and level in levels:
                levels[level] = (levels[level][0], _number(start), True)
        lists[num.get(w("numId"), "")] = levels
    return lists


def _number(element: Any) -> int:
    try:
        return max(0, int(element.get(w("val"), "1"))) if element is not None else 1
    except ValueError:
        return 1


def paragraph_pieces(paragraph: WordParagraph) -> list[Piece]:
    """Return a paragraph's runs as the record's signature reads them."""
    return [(span.text, span.bold, span.italic, span.url) for span in paragraph.spans]


def paragraph_markdown(paragraph: WordParagraph) -> str:
    """Return a paragraph's text as Markdown: emphasis, links and code kept, the rest literal."""
    pieces: list[str] = []
    for text, bold, italic, url, code in _merged(paragraph):
        piece = _code_span(text) if code and text.strip() else escape_inline(text)
        marker = ("**" if bold else "") + ("*" if italic else "")
        core = piece.strip()
        if marker and core:
            leading = piece[: len(piece) - len(piece.lstrip())]
            trailing = piece[len(piece.rstrip()) :]
            piece = f"{leading}{marker}{core}{marker[::-1]}{trailing}"
        if url:
            target = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
            piece = f"[{piece}]({target})"
        pieces.append(piece)
    return escape_line_starts("".join(pieces))


def _code_span(text: str) -> str:
    fence = "`"
    while fence in text:
        fence += "`"
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def _merged(paragraph: WordParagraph) -> Iterator[tuple[str, bool, bool, str, bool]]:
    current: list[Any] | None = None
    for span in paragraph.spans:
        form = (span.bold, span.italic, span.url, span.code)
        if current is not None and tuple(current[1:]) == form:
            current[0] += span.text
            continue
        if current is not None:
            yield current[0], current[1], current[2], current[3], current[4]
        current = [span.text, *form]
    if current is not None:
        yield current[0], current[1], current[2], current[3], current[4]


def list_numbering(paragraph: WordParagraph) -> tuple[str, str] | None:
    """Return the list (numId) and level a paragraph is an item of, None when it is none."""
    properties = paragraph.element.find(w("pPr")) if paragraph.element is not None else None
    numbered = properties.find(w("numPr")) if properties is not None else None
    if numbered is None:
        return None
    level, num = numbered.find(w("ilvl")), numbered.find(w("numId"))
    return (
        num.get(w("val"), "") if num is not None else "",
        level.get(w("val"), "0") if level is not None else "0",
    )


def is_rule(paragraph: WordParagraph) -> bool:
    """Whether a paragraph has a border: an empty one is a thematic break."""
    properties = paragraph.element.find(w("pPr")) if paragraph.element is not None else None
    return properties is not None and properties.find(w("pBdr")) is not None


def table_cell(paragraph: WordParagraph) -> tuple[Any, Any, Any] | None:
    """Return the outermost table a paragraph stands in, with its row and cell, or None."""
    if not paragraph.boxed or paragraph.element is None:
        return None
    found: tuple[Any, Any, Any] | None = None
    cell = row = None
    element = paragraph.element.getparent()
    # Bounded: the reader refuses XML nested deeper than 256 levels.
    while element is not None and element.tag != w("body"):
        if element.tag == w("txbxContent"):
            return None  # a text box: its paragraphs are read as paragraphs
        if element.tag == w("tc"):
            cell = element
        elif element.tag == w("tr"):
            row = element
        elif element.tag == w("tbl") and row is not None and cell is not None:
            found = (element, row, cell)
        element = element.getparent()
    return found


def pipe_table(paragraphs: list[WordParagraph], index: int, table: Any, out: list[str]) -> int:
    """Append the table starting at this paragraph as a pipe table; return the index after it.

    The first row is the header row; a table nested in a cell is read into that cell.
    """
    rows: list[list[list[str]]] = []
    places: dict[Any, tuple[int, int]] = {}
    while index < len(paragraphs):
        found = table_cell(paragraphs[index])
        if found is None or found[0] is not table:
            break
        _, row, cell = found
        if row not in places:
            rows.append([])
            places[row] = (len(rows) - 1, -1)
        row_number, _ = places[row]
        if cell not in places:
            rows[row_number].append([])
            places[cell] = (row_number, len(rows[row_number]) - 1)
        _, cell_number = places[cell]
        text = paragraph_markdown(paragraphs[index]).replace("\n", " ").strip()
        if text:
            rows[row_number][cell_number].append(text.replace("|", "\\|"))
        index += 1
    width = max((len(row) for row in rows), default=0)
    lines = []
    for number, row in enumerate(rows):
        cells = [" ".join(cell) for cell in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if number == 0:
            lines.append("|" + "|".join([" --- "] * width) + "|")
    if width:
        out.append("\n".join(lines))
    return index
