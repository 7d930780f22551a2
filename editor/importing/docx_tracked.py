"""The tracked changes of a WordprocessingML story, read as paragraphs of pieces and edits.

lxml and an explicit stack (never recursion): linear in the size of the XML. A piece is a
stretch of text that is plain, inserted (``w:ins``, ``w:moveTo``) or deleted (``w:del``,
``w:moveFrom``) by an author, with its emphasis before and after a ``w:rPrChange``. A piece
both inserted and deleted (one author deleted words another inserted) is in neither text:
it nets out. A paragraph mark inserted is a split, one deleted a join. The edits of a
paragraph are placed in its original view (the text before the review: plain and deleted
pieces); edits next to each other by one author become one (editor/importing/
docx_changes.py puts them on the article's parts).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from editor.importing.docx_newsdesk import RECORD_NAMESPACE, record_in, role_of
from editor.importing.docx_text import W, is_on, w
from editor.importing.errors import DraftError

MAX_PART_BYTES = 64 * 1024 * 1024

_INSERTS = frozenset({w("ins"), w("moveTo")})
_DELETES = frozenset({w("del"), w("moveFrom")})
# Containers read through for their runs.
_THROUGH = frozenset(
    {
        w("hyperlink"),
        w("smartTag"),
        w("sdt"),
        w("sdtContent"),
        w("customXml"),
        w("fldSimple"),
        w("tbl"),
        w("tr"),
        w("tc"),
    }
)
_CHARACTERS = {w("tab"): "\t", w("br"): "\n", w("cr"): "\n", w("noBreakHyphen"): "\u2011"}
_BOLD_STYLES = frozenset({"strong", "bold"})
_ITALIC_STYLES = frozenset({"emphasis", "intenseemphasis", "subtleemphasis"})
STORIES = re.compile(r"^word/(header|footer|footnotes|endnotes)\d*\.xml$")
STORY_NAMES = {
    "header": "header",
    "footer": "footer",
    "footnotes": "footnote",
    "endnotes": "endnote",
}


@dataclass
class Piece:
    """A stretch of a paragraph's text: plain, inserted or deleted, and its emphasis."""

    text: str
    state: str  # "", "ins" or "del"
    author: str
    date: str
    bold: bool
    italic: bool
    old: tuple[bool, bool] | None = None  # emphasis before a w:rPrChange
    format_author: str = ""
    format_date: str = ""


@dataclass
class TrackedParagraph:
    """One paragraph of a story: its role (from its style), its pieces, its mark's change."""

    role: str
    pieces: list[Piece] = field(default_factory=list)
    mark: str = ""  # the paragraph mark: "", "ins" (a split) or "del" (a join)
    mark_author: str = ""
    mark_date: str = ""

    def original(self) -> str:
        """Return the paragraph's text as it was before the review."""
        return "".join(p.text for p in self.pieces if p.state != "ins")


@dataclass
class Edit:
    """One change in a part's original view: characters start..end become ``new``."""

    start: int
    end: int
    new: str
    author: str
    date: str
    format: str = ""
    deleted: str = ""
    markdown: str = ""  # ``new`` as Markdown: escaped, with the emphasis it was typed in


# --- reading the package ----------------------------------------------------------------


def _parse(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(data, parser)


def read_package(data: bytes, name: str) -> tuple[Any, Any, dict[str, Any] | None, dict[str, Any]]:
    """Return the document root, the styles root, the record and the other stories."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DraftError(name, "not a Word document that can be read") from None
    with archive:
        names = archive.namelist()
        if "word/document.xml" not in names:
            raise DraftError(name, "not a Word document that can be read (no word/document.xml)")

        def read(part: str) -> bytes:
            if archive.getinfo(part).file_size > MAX_PART_BYTES:
                raise DraftError(name, f"its part {part} is too large to read")
            return archive.read(part)

        try:
            document = _parse(read("word/document.xml"))
            styles = _parse(read("word/styles.xml")) if "word/styles.xml" in names else None
            stories = {part: _parse(read(part)) for part in names if STORIES.match(part)}
            record = None
            for part in names:
                if not re.match(r"^customXml/item\d+\.xml$", part):
                    continue
                try:
                    root = _parse(read(part))
                except Exception:  # a damaged custom part is no record
                    continue
                if root.tag == f"{{{RECORD_NAMESPACE}}}record":
                    record = record_in(root)
                    break
        except DraftError:
            raise
        except Exception as failure:  # lxml and zipfile raise many kinds on a damaged file
            raise DraftError(name, f"damaged Word document ({type(failure).__name__})") from None
    return document, styles, record, stories


_CORE = "docProps/core.xml"
_CORE_NAMES = {
    "modified_by": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
    "lastModifiedBy",
    "modified": "{http://purl.org/dc/terms/}modified",
}


def last_saved(data: bytes) -> tuple[str, str]:
    """Return who last saved a DOCX and when (its core properties), "" for each not said:
    the only name an edit made without Track Changes has."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if archive.getinfo(_CORE).file_size > MAX_PART_BYTES:
                return "", ""
            root = _parse(archive.read(_CORE))
    except Exception:  # no core part, or a damaged one: nobody is named
        return "", ""
    found = {key: (root.findtext(tag) or "").strip() for key, tag in _CORE_NAMES.items()}
    return found["modified_by"], found["modified"]


def _emphasis(properties: Any, styles: dict[str, str]) -> tuple[bool, bool]:
    if properties is None:
        return False, False
    style = properties.find(w("rStyle"))
    name = ""
    if style is not None:
        name = "".join(styles.get(style.get(w("val"), ""), "").split()).lower()
    bold = is_on(properties.find(w("b"))) or name in _BOLD_STYLES
    italic = is_on(properties.find(w("i"))) or name in _ITALIC_STYLES
    return bold, italic


class TrackedReader:
    """Reads paragraphs of pieces from WordprocessingML, one element at a time."""

    def __init__(self, styles: dict[str, str], default: str) -> None:
        self.styles = styles
        self.default = default

    def paragraphs(self, root: Any) -> list[TrackedParagraph]:
        """Return every paragraph of a story's element, in reading order."""
        found: list[TrackedParagraph] = []
        stack = list(reversed(root))
        while stack:
            element = stack.pop()
            tag = element.tag
            if tag == w("p"):
                found.append(self._paragraph(element))
            elif isinstance(tag, str) and tag.startswith(f"{{{W}}}") and tag != w("sectPr"):
                stack.extend(reversed(element))
        return found

    def _role(self, paragraph: Any) -> str:
        properties = paragraph.find(w("pPr"))
        style = properties.find(w("pStyle")) if properties is not None else None
        name = self.default if style is None else self.styles.get(style.get(w("val"), ""), "")
        return role_of(name)

    def _paragraph(self, element: Any) -> TrackedParagraph:
        paragraph = TrackedParagraph(self._role(element))
        properties = element.find(w("pPr"))
        marks = properties.find(w("rPr")) if properties is not None else None
        if marks is not None:
            for tag, state in ((w("ins"), "ins"), (w("del"), "del")):
                mark = marks.find(tag)
                if mark is not None:
                    paragraph.mark = state
                    paragraph.mark_author = mark.get(w("author"), "")
                    paragraph.mark_date = mark.get(w("date"), "")
        # (element, inserted by, deleted by): a tracked container passes its author down.
        stack: list[tuple[Any, tuple[str, str] | None, tuple[str, str] | None]] = [
            (child, None, None) for child in reversed(element)
        ]
        while stack:
            node, inserted, deleted = stack.pop()
            tag = node.tag
            if tag == w("r"):
                self._run(node, inserted, deleted, paragraph.pieces)
            elif tag in _INSERTS:
                who = (node.get(w("author"), ""), node.get(w("date"), ""))
                stack.extend((child, who, deleted) for child in reversed(node))
            elif tag in _DELETES:
                who = (node.get(w("author"), ""), node.get(w("date"), ""))
                stack.extend((child, inserted, who) for child in reversed(node))
            elif tag in _THROUGH:
                stack.extend((child, inserted, deleted) for child in reversed(node))
        return paragraph

    def _run(
        self,
        run: Any,
        inserted: tuple[str, str] | None,
        deleted: tuple[str, str] | None,
        pieces: list[Piece],
    ) -> None:
        text = []
        for child in run:
            tag = child.tag
            if tag in (w("t"), w("delText")):
                text.append(child.text or "")
            elif tag in _CHARACTERS:
                text.append(_CHARACTERS[tag])
        joined = "".join(text)
        if not joined or (inserted is not None and deleted is not None):
            return  # nothing seen, or inserted and deleted again: it nets out
        properties = run.find(w("rPr"))
        bold, italic = _emphasis(properties, self.styles)
        state, who = "", ("", "")
        if deleted is not None:
            state, who = "del", deleted
        elif inserted is not None:
            state, who = "ins", inserted
        piece = Piece(joined, state, who[0], who[1], bold, italic)
        change = properties.find(w("rPrChange")) if properties is not None else None
        if change is not None:
            piece.old = _emphasis(change.find(w("rPr")), self.styles)
            piece.format_author = change.get(w("author"), "")
            piece.format_date = change.get(w("date"), "")
        pieces.append(piece)


def paragraph_edits(paragraphs: list[TrackedParagraph], offset: int) -> list[Edit]:
    """The edits of paragraphs' pieces, placed in their original view from ``offset``."""
    edits: list[Edit] = []
    position = offset
    for paragraph in paragraphs:
        pieces = paragraph.pieces
        seen = [p for p in pieces if p.state != "ins"]
        before: Piece | None = None
        for index, piece in enumerate(pieces):
            if piece.state == "ins":
                last = edits[-1] if edits else None
                previous = pieces[index - 1] if index else None
                if (
                    last is not None
                    and previous is not None
                    and previous.state == "ins"
                    and (previous.author, previous.bold, previous.italic)
                    == (piece.author, piece.bold, piece.italic)
                ):
                    # Word splits one typed stretch at every rsid: one stretch, one wrap.
                    last.new += piece.text
                    last.markdown = _typed(last.new, piece, before or (seen[0] if seen else None))
                    continue
                context = before or (seen[0] if seen else None)
                edits.append(
                    Edit(
                        position,
                        position,
                        piece.text,
                        piece.author,
                        piece.date,
                        markdown=_typed(piece.text, piece, context),
                    )
                )
                continue
            before = piece
            end = position + len(piece.text)
            if piece.state == "del":
                edits.append(Edit(position, end, "", piece.author, piece.date, deleted=piece.text))
            elif piece.old is not None and piece.old != (piece.bold, piece.italic):
                signs = []
                if piece.old[0] != piece.bold:
                    signs.append(("+" if piece.bold else "-") + "strong")
                if piece.old[1] != piece.italic:
                    signs.append(("+" if piece.italic else "-") + "emphasis")
                for sign in signs:
                    edits.append(
                        Edit(
                            position,
                            end,
                            piece.text,
                            piece.format_author,
                            piece.format_date,
                            format=sign,
                            deleted=piece.text,
                        )
                    )
            position = end
    return edits


def _typed(text: str, piece: Piece, context: Piece | None) -> str:
    """Typed words as Markdown: escaped, emphasised where the words around them are not."""
    from editor.importing.blocks import escape_inline

    markdown = "\n\n".join(escape_inline(chunk) for chunk in text.split("\n\n"))
    core = markdown.strip()
    if not core:
        return markdown
    bold = piece.bold and not (context is not None and context.bold)
    italic = piece.italic and not (context is not None and context.italic)
    marker = ("**" if bold else "") + ("*" if italic else "")
    if not marker:
        return markdown
    lead = markdown[: len(markdown) - len(markdown.lstrip())]
    trail = markdown[len(markdown.rstrip()) :]
    return f"{lead}{marker}{core}{marker[::-1]}{trail}"


def edit_kind(edit: Edit) -> str:
    """Return what an edit is: insert, delete, replace or format."""
    if edit.format:
        return "format"
    if edit.start == edit.end:
        return "insert"
    return "delete" if not edit.new else "replace"


def merged(edits: list[Edit]) -> list[Edit]:
    """Edits next to each other by one author, one after the other, become one."""
    out: list[Edit] = []
    for edit in edits:
        last = out[-1] if out else None
        if (
            last is not None
            and last.author == edit.author
            and last.end == edit.start
            and not last.format
            and not edit.format
        ):
            last.end = edit.end
            last.new += edit.new
            last.markdown += edit.markdown
            last.deleted += edit.deleted
            continue
        if (
            last is not None
            and last.format
            and last.format == edit.format
            and last.author == edit.author
            and last.end == edit.start
        ):
            last.end = edit.end
            last.new += edit.new
            last.deleted += edit.deleted
            continue
        out.append(
            Edit(
                edit.start,
                edit.end,
                edit.new,
                edit.author,
                edit.date,
                edit.format,
                edit.deleted,
                edit.markdown,
            )
        )
    return out
