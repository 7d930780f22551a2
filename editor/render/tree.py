"""The typed document tree every writer consumes: small frozen value classes, no loose tuples.

Blocks carry their ``language`` (BCP 47, "" when unknown) and ``direction`` ("ltr"/"rtl"),
so every writer gets right-to-left right the same way. Inline spans carry only content.

Each node is an ``editor.model.frozen.Frozen`` value: it behaves as a frozen dataclass does
(fields in order, keyword or positional, immutable, equal and hashed by value) but is a
plain class with ``__slots__``: generating two dozen dataclasses costs about 9 ms of every
export's start, which is a tenth of what the whole HTML export may take.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from editor.model.frozen import Frozen

if TYPE_CHECKING:
    from editor.model import Article


class Node(Frozen):
    """Base of every tree node: immutable, compared and hashed by its fields."""

    __slots__ = ()


# --- inline spans -----------------------------------------------------------------------


class Text(Node):
    """Plain text; never markup, whatever characters it holds."""

    __slots__ = ("text",)

    text: str


class Isolate(Node):
    """Text of the other direction inside a sentence (a name, a title): HTML ``<bdi>``."""

    __slots__ = ("direction", "text")

    text: str
    direction: str


class Emphasis(Node):
    """Emphasised (italic) inline content."""

    __slots__ = ("children",)

    children: tuple[Inline, ...]


class Strong(Node):
    """Strongly emphasised (bold) inline content."""

    __slots__ = ("children",)

    children: tuple[Inline, ...]


class Code(Node):
    """Inline code, shown in a monospace font."""

    __slots__ = ("text",)

    text: str


class Link(Node):
    """A hyperlink whose URL scheme is http, https or mailto."""

    __slots__ = ("children", "href")

    href: str
    children: tuple[Inline, ...]


class LineBreak(Node):
    """A hard line break inside a block."""

    __slots__ = ()


class InlineQuote(Node):
    """A quotation from the bank placed inside a sentence, with the marks to show around it."""

    __slots__ = ("children", "close_mark", "open_mark", "quotation_id")

    quotation_id: str
    open_mark: str
    close_mark: str
    children: tuple[Inline, ...]


class MissingQuote(Node):
    """A ``[[quote:ID]]`` whose id is not in the bank: shown as a visible error in drafts."""

    __slots__ = ("quotation_id",)

    quotation_id: str

    @property
    def text(self) -> str:
        """The marker a reader sees in place of the quotation."""
        return f"[unknown quotation: {self.quotation_id}]"


class Strike(Node):
    """Struck-through inline content (Markdown ``~~text~~``)."""

    __slots__ = ("children",)

    children: tuple[Inline, ...]


class Image(Node):
    """An image from the article's ``assets/``; its data is the document's ImageAsset ``name``."""

    __slots__ = ("alt", "name", "title")
    _defaults: ClassVar[dict[str, Any]] = {"title": ""}

    name: str  # the asset's name, without "assets/"
    alt: str
    title: str


class FootnoteRef(Node):
    """A reference to a footnote, numbered across the document in order of first reference."""

    __slots__ = ("number",)

    number: int


class Insertion(Node):
    """Inline content a tracked change inserted (a DOCX ``w:ins``): by whom, and when."""

    __slots__ = ("author", "children", "date", "suggested")
    _defaults: ClassVar[dict[str, Any]] = {"suggested": False}

    children: tuple[Inline, ...]
    author: str
    date: str  # ISO 8601
    # An open suggestion's: not in the article's current text (the revision diff's is).
    suggested: bool


class Deletion(Node):
    """Inline content a tracked change deleted (a DOCX ``w:del``): by whom, and when."""

    __slots__ = ("author", "children", "date", "suggested")
    _defaults: ClassVar[dict[str, Any]] = {"suggested": False}

    children: tuple[Inline, ...]
    author: str
    date: str
    # An open suggestion's: still in the article's current text (the revision diff's is not).
    suggested: bool


class FormatChange(Node):
    """Inline content whose emphasis a tracked change altered (a DOCX ``w:rPrChange``).

    ``before`` holds the marks it had: "strong", "emphasis", "strike".
    """

    __slots__ = ("author", "before", "children", "date", "suggested")
    _defaults: ClassVar[dict[str, Any]] = {"suggested": False}

    children: tuple[Inline, ...]
    before: tuple[str, ...]
    author: str
    date: str
    # An open suggestion's: the article's current text has the emphasis ``before``.
    suggested: bool


class ParagraphMark(Node):
    """The end of a block a tracked change inserted or deleted; last of its block's spans."""

    __slots__ = ("author", "date", "inserted", "suggested")
    _defaults: ClassVar[dict[str, Any]] = {"suggested": False}

    inserted: bool
    author: str
    date: str
    suggested: bool


Inline = (
    Text
    | Isolate
    | Emphasis
    | Strong
    | Code
    | Link
    | LineBreak
    | InlineQuote
    | MissingQuote
    | Strike
    | Image
    | FootnoteRef
    | Insertion
    | Deletion
    | FormatChange
    | ParagraphMark
)

# --- blocks -----------------------------------------------------------------------------


class InlineBlock(Node):
    """A block made of one run of inline spans, in its own language and direction."""

    __slots__ = ("children", "direction", "language")

    children: tuple[Inline, ...]
    language: str
    direction: str


class OpeningLine(InlineBlock):
    """The one-line invocation or dedication above the headline, centred."""

    __slots__ = ()


class EmbargoNotice(InlineBlock):
    """The line above everything of an embargoed article: "Embargoed until 10 January
    2027, 06:00 UTC+03:00", in the article's language (the exchange formats carry the
    embargo in their own field)."""

    __slots__ = ()


class Title(InlineBlock):
    """The headline."""

    __slots__ = ()


class Standfirst(InlineBlock):
    """The one-paragraph summary under the headline."""

    __slots__ = ()


class SectionLabel(InlineBlock):
    """The label of a section ("News:", "التعليق:"), shown as the section's heading."""

    __slots__ = ()


class Heading(InlineBlock):
    """A heading written inside a section body (level 1–6 as written)."""

    __slots__ = ("level",)

    level: int


class Paragraph(InlineBlock):
    """A paragraph of body text."""

    __slots__ = ()


class Attribution(InlineBlock):
    """Who said a block quotation: as the writer wrote it, else "— Speaker, Role"."""

    __slots__ = ()


class BlockQuote(Node):
    """A block quotation: from the bank (with its id and attribution) or Markdown ``>``."""

    __slots__ = ("attribution", "blocks", "direction", "language", "quotation_id")
    _defaults: ClassVar[dict[str, Any]] = {"attribution": None, "quotation_id": ""}

    blocks: tuple[Block, ...]
    language: str
    direction: str
    attribution: Attribution | None
    quotation_id: str


class ListItem(Node):
    """One item of a list; holds blocks (paragraphs, nested lists)."""

    __slots__ = ("blocks", "direction", "language")

    blocks: tuple[Block, ...]
    language: str
    direction: str


class List(Node):
    """A bulleted or numbered list."""

    __slots__ = ("direction", "items", "language", "ordered", "start")
    _defaults: ClassVar[dict[str, Any]] = {"start": 1}

    items: tuple[ListItem, ...]
    ordered: bool
    language: str
    direction: str
    start: int


class CodeBlock(Node):
    """Preformatted text, shown as written in a monospace font."""

    __slots__ = ("direction", "language", "text")
    _defaults: ClassVar[dict[str, Any]] = {"direction": "ltr"}

    text: str
    language: str
    direction: str


class Rule(Node):
    """A thematic break (a horizontal rule)."""

    __slots__ = ("direction", "language")

    language: str
    direction: str


class TableCell(Node):
    """One cell of a table: a run of inline spans."""

    __slots__ = ("children",)

    children: tuple[Inline, ...]


class Table(Node):
    """A pipe table: a header row, body rows, and each column's alignment.

    ``alignments`` holds "left", "center", "right" or "" (none) per column; a table laid
    out right to left is mirrored (its first column on the right).
    """

    __slots__ = ("alignments", "direction", "header", "language", "rows")

    header: tuple[TableCell, ...]
    rows: tuple[tuple[TableCell, ...], ...]
    alignments: tuple[str, ...]
    language: str
    direction: str


class Footnote(Node):
    """The text of one footnote (its blocks), with the number its references show."""

    __slots__ = ("blocks", "direction", "language", "number")

    number: int
    blocks: tuple[Block, ...]
    language: str
    direction: str


class ImageAsset(Node):
    """An image a body shows, read from ``assets/``: its type and size in pixels."""

    __slots__ = ("data", "height", "media_type", "name", "width")

    name: str
    media_type: str  # image/png, image/jpeg or image/gif
    width: int
    height: int
    data: bytes


class CreditLine(InlineBlock):
    """The byline rendered through the language's (or the house style's) credit template."""

    __slots__ = ()


class MetadataEntry(Node):
    """One entry of the optional metadata block: a label and its value as printed.

    ``stamp`` is a date's machine form (``2026-05-02``; "" for other entries, or a date
    written in words), which the value prints in the article's language ("2 May 2026").
    """

    __slots__ = ("direction", "label", "language", "stamp", "value")

    label: str
    value: str
    language: str
    direction: str
    stamp: str


class Metadata(Node):
    """The optional metadata block (date, place, tags) at the end of the article."""

    __slots__ = ("direction", "entries", "language")

    entries: tuple[MetadataEntry, ...]
    language: str
    direction: str

    def line(self) -> tuple[Inline, ...]:
        """Return the block as one line, "date · place · tags", as every writer prints it:
        an entry in the other direction than the line's is a run of its own."""
        spans: list[Inline] = []
        for entry in self.entries:
            if spans:
                spans.append(Text(" · "))
            if entry.direction == self.direction:
                spans.append(Text(entry.value))
            else:
                spans.append(Isolate(entry.value, entry.direction))
        return tuple(spans)


class CorrectionsHeading(InlineBlock):
    """The heading of the corrections log under the article ("Corrections", "التصويبات")."""

    __slots__ = ()


class CorrectionEntry(InlineBlock):
    """One entry of the corrections log: as printed (its spans) and as given (its values).

    ``children`` hold the line in the language's words ("Correction (2026-05-02): …"); the
    exchange formats and the page's structured data take ``date``, ``kind`` and ``text``.
    """

    __slots__ = ("date", "kind", "text")

    date: str
    kind: str  # "correction", "clarification" or "retraction"
    text: str


class Corrections(Node):
    """The corrections log printed under the article, oldest entry first."""

    __slots__ = ("direction", "entries", "heading", "language")

    heading: CorrectionsHeading
    entries: tuple[CorrectionEntry, ...]
    language: str
    direction: str


class Desk(Node):
    """The desk's metadata as the exchange formats carry it: plain values, cleaned.

    Never the editor's note: it is for the desk and no export holds it. ``embargo`` is an
    ISO 8601 date-time with its zone ("" for none); ``genres`` the sections' IPTC genres in
    order, each once; ``corrections`` the whole log whether or not the style prints it.
    """

    __slots__ = (
        "article_id",
        "copyright_holder",
        "corrections",
        "edition",
        "embargo",
        "genres",
        "moves",
        "office",
        "place",
        "sign_off",
        "slugline",
        "standfirst",
        "status",
        "subjects",
        "urgency",
        "usage_terms",
    )
    _defaults: ClassVar[dict[str, Any]] = {
        "article_id": "",
        "status": "draft",
        "slugline": "",
        "urgency": 0,
        "embargo": "",
        "subjects": (),
        "sign_off": "",
        "copyright_holder": "",
        "usage_terms": "",
        "office": "",
        "place": "",
        "genres": (),
        "standfirst": "",
        "corrections": (),
        "edition": "",
        "moves": 0,
    }

    article_id: str
    status: str
    slugline: str
    urgency: int  # 1 most urgent … 9 least; 0 unset
    embargo: str
    subjects: tuple[str, ...]
    sign_off: str
    copyright_holder: str
    usage_terms: str
    office: str
    place: str
    genres: tuple[str, ...]
    standfirst: str  # as plain text (a description, an excerpt)
    corrections: tuple[CorrectionEntry, ...]
    # A language edition's language ("" for the source): its items get URIs of their own.
    edition: str
    # How many times the article moved from one status to another (its history's length).
    moves: int

    @property
    def opinion(self) -> bool:
        """Whether the article is opinion: every section's genre is "Opinion"."""
        return bool(self.genres) and all(genre == "Opinion" for genre in self.genres)

    @property
    def version(self) -> int:
        """The article's version for the exchange formats: each status move and each
        correction makes a new one (a draft sent, then sent again once published, was
        version 1 both times, and a receiver kept the first: found in a trial)."""
        return 1 + self.moves + len(self.corrections)

    @property
    def retracted(self) -> bool:
        """Whether the log holds a retraction (the article is withdrawn)."""
        return any(entry.kind == "retraction" for entry in self.corrections)


class ChangedBlock(Node):
    """A whole table, code block or rule that a tracked change inserted or deleted."""

    __slots__ = ("author", "block", "date", "inserted", "suggested")
    _defaults: ClassVar[dict[str, Any]] = {"suggested": False}

    block: Block
    inserted: bool
    author: str
    date: str
    suggested: bool

    @property
    def language(self) -> str:
        """The language of the block changed."""
        return self.block.language

    @property
    def direction(self) -> str:
        """The direction of the block changed."""
        return self.block.direction


Block = (
    OpeningLine
    | Title
    | Standfirst
    | SectionLabel
    | Heading
    | Paragraph
    | Attribution
    | BlockQuote
    | List
    | CodeBlock
    | Table
    | Rule
    | CreditLine
    | Metadata
    | ChangedBlock
)


class SectionBlock(Node):
    """One section of the article: its kind, its label (unless the style hides it), its body."""

    __slots__ = ("blocks", "direction", "kind", "label", "language", "notes")
    _defaults: ClassVar[dict[str, Any]] = {"notes": ()}

    kind: str
    label: SectionLabel | None
    blocks: tuple[Block, ...]
    language: str
    direction: str
    notes: tuple[Footnote, ...]  # the section's footnotes, in number order


class DeletedSection(SectionBlock):
    """A section of the older revision that the newer one no longer has (its blocks deleted)."""

    __slots__ = ()


class Cleaning(Node):
    """A change made to text a file format cannot hold, reported to the user."""

    __slots__ = ("message", "part")

    part: str
    message: str


class CommentNote(Node):
    """An open review comment for writers that show comments (only when the style asks)."""

    __slots__ = (
        "author",
        "created",
        "id",
        "initials",
        "occurrence",
        "part",
        "quote",
        "replies",
        "text",
        "visible",
    )
    _defaults: ClassVar[dict[str, Any]] = {"replies": ()}

    id: str
    part: str
    quote: str  # the anchored Markdown, as in the part's text
    visible: str  # what a reader sees of it, marks dropped
    occurrence: int  # times ``quote`` comes before it since the part's previous comment
    text: str
    author: str
    initials: str
    created: str
    replies: tuple[tuple[str, str, str], ...]  # (author, text, created)


class EditionLink(Node):
    """Another language version of the same story, written by the same export: the HTML
    links to its file, the exchange formats to its URI."""

    __slots__ = ("files", "language", "original", "uri")

    language: str
    uri: str
    # Whether it is the source the document's article translates (else a translation).
    original: bool
    # (format, file name) of its outputs in the same folder.
    files: tuple[tuple[str, str], ...]

    def file(self, fmt: str) -> str:
        """Return the name of its output in a format, "" when there is none."""
        return next((name for each, name in self.files if each == fmt), "")


class Document(Node):
    """A whole article ready for the writers: header, sections, credit and metadata."""

    __slots__ = (
        "author",
        "cleanings",
        "comments",
        "comments_heading",
        "corrections",
        "created",
        "credit",
        "date",
        "desk",
        "direction",
        "editions",
        "embargo",
        "headline",
        "images",
        "language",
        "metadata",
        "missing_quotations",
        "modified",
        "opening",
        "sections",
        "source",
        "standfirst",
        "tags",
        "title",
    )
    _defaults: ClassVar[dict[str, Any]] = {
        "embargo": None,
        "opening": None,
        "standfirst": None,
        "sections": (),
        "credit": None,
        "metadata": None,
        "headline": "",
        "author": "",
        "date": "",
        "tags": (),
        "created": "",
        "modified": "",
        "missing_quotations": (),
        "cleanings": (),
        "comments": (),
        "comments_heading": "",
        "images": (),
        "source": None,
        "corrections": None,
        "desk": Desk(),
        "editions": (),
    }

    title: Title
    language: str
    direction: str
    embargo: EmbargoNotice | None
    opening: OpeningLine | None
    standfirst: Standfirst | None
    sections: tuple[SectionBlock, ...]
    credit: CreditLine | None
    metadata: Metadata | None
    # Plain values for file properties (DOCX core properties, YAML front matter).
    headline: str
    author: str
    date: str
    tags: tuple[str, ...]
    created: str
    modified: str
    missing_quotations: tuple[str, ...]
    cleanings: tuple[Cleaning, ...]
    comments: tuple[CommentNote, ...]  # only when the house style includes comments
    comments_heading: str  # their heading in the article's language ("Comments", "تبصرے")
    images: tuple[ImageAsset, ...]  # the assets the bodies' Image spans name, each once
    # The article the tree was built from, for a writer that carries the article's own
    # record (the DOCX, so that it imports back); read at once, while the tree is written.
    source: Article | None
    # The corrections log under the article (None: none, or the style leaves it out).
    corrections: Corrections | None
    desk: Desk
    # The story's other language versions this export writes (and the document itself,
    # so that HTML lists every version): none when one version is exported.
    editions: tuple[EditionLink, ...]

    def image(self, name: str) -> ImageAsset | None:
        """Return the asset an Image span names (None if the document has no such image)."""
        for asset in self.images:
            if asset.name == name:
                return asset
        return None

    @property
    def notes(self) -> tuple[Footnote, ...]:
        """Every footnote of the document, in number order."""
        return tuple(note for section in self.sections for note in section.notes)


def plain_text(spans: tuple[Inline, ...]) -> str:
    """Return the text a reader sees in these inline spans, marks included."""
    parts: list[str] = []
    _collect_text(spans, parts)
    return "".join(parts)


def _collect_text(spans: tuple[Inline, ...], parts: list[str]) -> None:
    for span in spans:
        if isinstance(span, Text | Isolate | Code | MissingQuote):
            parts.append(span.text)
        elif isinstance(span, Image):
            parts.append(span.alt)
        elif isinstance(span, FootnoteRef | Deletion | ParagraphMark):
            continue  # a note's number, or text a tracked change took out: not read
        elif isinstance(span, LineBreak):
            parts.append("\n")
        elif isinstance(span, InlineQuote):
            parts.append(span.open_mark)
            _collect_text(span.children, parts)
            parts.append(span.close_mark)
        else:
            _collect_text(span.children, parts)


def document_texts(document: Document) -> Iterator[str]:
    """Yield the text a reader sees of each block of a document, in reading order."""
    head: tuple[InlineBlock | None, ...] = (
        document.embargo,
        document.opening,
        document.title,
        document.standfirst,
    )
    for block in head:
        if block is not None:
            yield plain_text(block.children)
    for section in document.sections:
        if section.label is not None:
            yield plain_text(section.label.children)
        yield from _block_texts(section.blocks)
        for note in section.notes:
            yield from _block_texts(note.blocks)
    if document.credit is not None:
        yield plain_text(document.credit.children)
    if document.metadata is not None:
        for entry in document.metadata.entries:
            yield entry.value  # its label names it for styling: the writers show the value
    if document.corrections is not None:
        yield plain_text(document.corrections.heading.children)
        for correction in document.corrections.entries:
            yield plain_text(correction.children)


def _block_texts(blocks: tuple[Block, ...]) -> Iterator[str]:
    # An explicit stack: blocks nest (a list in a quote in a list) as deep as the parser
    # allows, and the walk does not recurse on them.
    stack = list(reversed(blocks))
    while stack:
        block = stack.pop()
        if isinstance(block, InlineBlock):
            yield plain_text(block.children)
        elif isinstance(block, BlockQuote):
            if block.attribution is not None:
                stack.append(block.attribution)
            stack.extend(reversed(block.blocks))
        elif isinstance(block, List):
            for item in reversed(block.items):
                stack.extend(reversed(item.blocks))
        elif isinstance(block, CodeBlock):
            yield block.text
        elif isinstance(block, ChangedBlock):
            if block.inserted:
                stack.append(block.block)
        elif isinstance(block, Table):
            for row in (block.header, *block.rows):
                for cell in row:
                    yield plain_text(cell.children)
