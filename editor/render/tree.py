"""The typed document tree every writer consumes: small frozen dataclasses, no loose tuples.

Blocks carry their ``language`` (BCP 47, "" when unknown) and ``direction`` ("ltr"/"rtl"),
so every writer gets right-to-left right the same way. Inline spans carry only content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# --- inline spans -----------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """Plain text; never markup, whatever characters it holds."""

    text: str


@dataclass(frozen=True)
class Isolate:
    """Text of the other direction inside a sentence (a name, a title): HTML ``<bdi>``."""

    text: str
    direction: str


@dataclass(frozen=True)
class Emphasis:
    """Emphasised (italic) inline content."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Strong:
    """Strongly emphasised (bold) inline content."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Code:
    """Inline code, shown in a monospace font."""

    text: str


@dataclass(frozen=True)
class Link:
    """A hyperlink whose URL scheme is http, https or mailto."""

    href: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class LineBreak:
    """A hard line break inside a block."""


@dataclass(frozen=True)
class InlineQuote:
    """A quotation from the bank placed inside a sentence, with the marks to show around it."""

    quotation_id: str
    open_mark: str
    close_mark: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class MissingQuote:
    """A ``[[quote:ID]]`` whose id is not in the bank: shown as a visible error in drafts."""

    quotation_id: str

    @property
    def text(self) -> str:
        """The marker a reader sees in place of the quotation."""
        return f"[unknown quotation: {self.quotation_id}]"


Inline = Text | Isolate | Emphasis | Strong | Code | Link | LineBreak | InlineQuote | MissingQuote

# --- blocks -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OpeningLine:
    """The one-line invocation or dedication above the headline, centred."""

    children: tuple[Inline, ...]
    language: str
    direction: str


@dataclass(frozen=True)
class Title:
    """The headline."""

    children: tuple[Inline, ...]
    language: str
    direction: str


@dataclass(frozen=True)
class Standfirst:
    """The one-paragraph summary under the headline."""

    children: tuple[Inline, ...]
    language: str
    direction: str


@dataclass(frozen=True)
class SectionLabel:
    """The label of a section ("News:", "التعليق:"), shown as the section's heading."""

    children: tuple[Inline, ...]
    language: str
    direction: str


@dataclass(frozen=True)
class Heading:
    """A heading written inside a section body (level 1–6 as written)."""

    level: int
    children: tuple[Inline, ...]
    language: str
    direction: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of body text."""

    children: tuple[Inline, ...]
    language: str
    direction: str


@dataclass(frozen=True)
class Attribution:
    """Who said a block quotation: as the writer wrote it, else "— Speaker, Role"."""

    children: tuple[Inline, ...]
    language: str
    direction: str


@dataclass(frozen=True)
class BlockQuote:
    """A block quotation: from the bank (with its id and attribution) or Markdown ``>``."""

    blocks: tuple[Block, ...]
    language: str
    direction: str
    attribution: Attribution | None = None
    quotation_id: str = ""


@dataclass(frozen=True)
class ListItem:
    """One item of a list; holds blocks (paragraphs, nested lists)."""

    blocks: tuple[Block, ...]
    language: str
    direction: str


@dataclass(frozen=True)
class List:
    """A bulleted or numbered list."""

    items: tuple[ListItem, ...]
    ordered: bool
    language: str
    direction: str
    start: int = 1


@dataclass(frozen=True)
class CodeBlock:
    """Preformatted text, shown as written in a monospace font."""

    text: str
    language: str
    direction: str = "ltr"


@dataclass(frozen=True)
class Rule:
    """A thematic break (a horizontal rule)."""

    language: str
    direction: str


@dataclass(frozen=True)
class CreditLine:
    """The byline rendered through the language's (or the house style's) credit template."""

    children: tuple[Inline, ...]
    language: str
    direction: str


@dataclass(frozen=True)
class MetadataEntry:
    """One line of the optional metadata block: a label and its value."""

    label: str
    value: str
    language: str
    direction: str


@dataclass(frozen=True)
class Metadata:
    """The optional metadata block (date, place, tags) at the end of the article."""

    entries: tuple[MetadataEntry, ...]
    language: str
    direction: str


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
    | Rule
    | CreditLine
    | Metadata
)


@dataclass(frozen=True)
class SectionBlock:
    """One section of the article: its kind, its label (unless the style hides it), its body."""

    kind: str
    label: SectionLabel | None
    blocks: tuple[Block, ...]
    language: str
    direction: str


@dataclass(frozen=True)
class Cleaning:
    """A change made to text a file format cannot hold, reported to the user."""

    part: str
    message: str


@dataclass(frozen=True)
class Document:
    """A whole article ready for the writers: header, sections, credit and metadata."""

    title: Title
    language: str
    direction: str
    opening: OpeningLine | None = None
    standfirst: Standfirst | None = None
    sections: tuple[SectionBlock, ...] = ()
    credit: CreditLine | None = None
    metadata: Metadata | None = None
    # Plain values for file properties (DOCX core properties, YAML front matter).
    headline: str = ""
    author: str = ""
    date: str = ""
    tags: tuple[str, ...] = ()
    created: str = ""
    modified: str = ""
    missing_quotations: tuple[str, ...] = ()
    cleanings: tuple[Cleaning, ...] = field(default=())


def plain_text(spans: tuple[Inline, ...]) -> str:
    """Return the text a reader sees in these inline spans, marks included."""
    parts: list[str] = []
    _collect_text(spans, parts)
    return "".join(parts)


def _collect_text(spans: tuple[Inline, ...], parts: list[str]) -> None:
    for span in spans:
        if isinstance(span, Text | Isolate | Code | MissingQuote):
            parts.append(span.text)
        elif isinstance(span, LineBreak):
            parts.append("\n")
        elif isinstance(span, InlineQuote):
            parts.append(span.open_mark)
            _collect_text(span.children, parts)
            parts.append(span.close_mark)
        else:
            _collect_text(span.children, parts)
